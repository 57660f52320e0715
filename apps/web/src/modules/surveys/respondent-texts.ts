/**
 * The answering page's own words for languages a zone adds beyond nl/fr/en (same keys as
 * `respond.*` in i18n/*.json). Any other added language shows the English words.
 */
export const EXTRA_RESPONDENT_TEXTS: Record<string, Record<string, string>> = {
  ar: {
    language: 'اللغة',
    district: 'في أي منطقة تسكن؟ (اختياري)',
    noDistrict: 'أفضل عدم القول',
    code: 'الرمز الخاص بك',
    send: 'إرسال',
    thanks: 'شكرًا لك!',
    anonymous: 'مجهول الهوية: لا نطلب اسمك أو بريدك الإلكتروني أو عنوانك، ونحتفظ باليوم فقط.',
    closed: 'هذا الاستبيان مغلق.',
    scheduled: 'هذا الاستبيان لم يُفتح بعد.',
    optional: 'يمكنك تخطي الأسئلة.',
  },
  tr: {
    language: 'Dil',
    district: 'Hangi semtte yaşıyorsunuz? (isteğe bağlı)',
    noDistrict: 'Söylememeyi tercih ederim',
    code: 'Kodunuz',
    send: 'Gönder',
    thanks: 'Teşekkürler!',
    anonymous: 'Anonim: adınızı, e-postanızı veya adresinizi sormuyoruz ve yalnızca günü saklıyoruz.',
    closed: 'Bu anket kapandı.',
    scheduled: 'Bu anket henüz açılmadı.',
    optional: 'Soruları atlayabilirsiniz.',
  },
};
