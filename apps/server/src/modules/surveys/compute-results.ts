import {
  countFreeTexts,
  findAnswerCounts,
  findFreeTexts,
  findTrustMoments,
  findZoneSurveys,
  type SurveyRow,
  type Tx,
} from '@brug/db';
import {
  estimateDifference,
  estimateMean,
  freeTextVisible,
  type Moments,
  renderQuestions,
  SUPPRESSION_MIN_FREE_TEXT,
  SUPPRESSION_MIN_RESPONSES,
  type SurveyDefinition,
  type SurveyResultsView,
  suppressTable,
  suppressVector,
} from '@brug/domain';
import { groupUnits, sumUnits, trustUnits } from './trust-figures.ts';
import { phasesOf, trustMeanGate } from './trust-gates.ts';

type Breakdown = SurveyResultsView['breakdown'];

export { phasesOf };

/** Distributions per question, the trust index and its comparisons, all with suppression applied. */
export async function computeSurveyResults(
  db: Tx,
  survey: SurveyRow,
  breakdown: Breakdown,
  lang: string,
): Promise<SurveyResultsView> {
  const def = survey.definition as SurveyDefinition;
  const language = def.languages.some((l) => l.code === lang) ? lang : def.languages[0].code;
  const rendered = renderQuestions(def, language);
  const [counts, textCounts] = await Promise.all([
    findAnswerCounts(db, survey.id),
    countFreeTexts(db, survey.id),
  ]);

  const rowKeys =
    breakdown === 'phase'
      ? phasesOf(survey.kind)
      : breakdown === 'district'
        ? [...new Set(counts.map((c) => c.district))].sort()
        : [];
  const rowOf = (c: { phase: string; district: string }) => (breakdown === 'phase' ? c.phase : c.district);

  const questions: SurveyResultsView['questions'] = [];
  for (const q of rendered) {
    if (q.kind === 'text') {
      const n = textCounts.get(q.id) ?? 0;
      const visible = freeTextVisible(n);
      questions.push({
        questionId: q.id,
        kind: q.kind,
        text: q.text,
        columns: [],
        rows: [],
        totals: [],
        total: visible ? n : null,
        texts: visible ? await findFreeTexts(db, survey.id, q.id) : null,
      });
      continue;
    }
    const columns = q.points
      ? q.points.map((p) => ({ key: String(p.value), label: p.label ?? String(p.value) }))
      : (q.options ?? []).map((o) => ({ key: o.id, label: o.label }));
    const colIndex = new Map(columns.map((c, i) => [c.key, i]));
    const mine = counts.filter((c) => c.questionId === q.id && colIndex.has(c.answer));
    if (breakdown === 'none') {
      const flat = columns.map(() => 0);
      for (const c of mine) flat[colIndex.get(c.answer)!] += c.n;
      const v = suppressVector(flat);
      questions.push({
        questionId: q.id,
        kind: q.kind,
        text: q.text,
        columns,
        rows: [],
        totals: v.cells,
        total: v.total,
        texts: null,
      });
      continue;
    }
    const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
    const matrix = rowKeys.map(() => columns.map(() => 0));
    for (const c of mine) {
      const r = rowIndex.get(rowOf(c));
      if (r !== undefined) matrix[r][colIndex.get(c.answer)!] += c.n;
    }
    const t = suppressTable(matrix);
    questions.push({
      questionId: q.id,
      kind: q.kind,
      text: q.text,
      columns,
      rows: rowKeys.map((key, i) => ({ key, cells: t.cells[i], total: t.rowTotals[i] })),
      totals: t.colTotals,
      total: t.total,
      texts: null,
    });
  }

  const { parents, byDistrict } = trustUnits(await findTrustMoments(db, survey.zoneId, [survey.id]));
  const gate = trustMeanGate(def, survey.kind, counts);
  const overall = sumUnits(parents);
  const byPhase = groupUnits(parents, (u) => u.phase);
  const districts = groupUnits(byDistrict, (u) => u.district);
  const before = gate.phase('before') ? byPhase.get('before') : undefined;
  const after = gate.phase('after') ? byPhase.get('after') : undefined;
  const estimates = (m: Map<string, Moments>, shown: (key: string) => boolean) =>
    Object.fromEntries([...m.entries()].map(([k, v]) => [k, shown(k) ? estimateMean(v) : null]));

  let baseline: SurveyResultsView['index']['baseline'] = null;
  if (!survey.baseline) {
    const base = (await findZoneSurveys(db, survey.zoneId))
      .filter((s) => s.baseline && s.id !== survey.id)
      .sort((a, b) => (a.opensOn < b.opensOn ? 1 : -1))[0];
    if (base) {
      const baseGate = trustMeanGate(
        base.definition as SurveyDefinition,
        base.kind,
        await findAnswerCounts(db, base.id),
      );
      const baseUnits = sumUnits(trustUnits(await findTrustMoments(db, survey.zoneId, [base.id])).parents);
      const current = after ?? (gate.overall ? overall : undefined);
      baseline = {
        surveyId: base.id,
        estimate: baseGate.overall ? estimateMean(baseUnits) : null,
        difference: baseGate.overall && current ? estimateDifference(baseUnits, current) : null,
      };
    }
  }

  return {
    surveyId: survey.id,
    breakdown,
    minCell: SUPPRESSION_MIN_RESPONSES,
    minFreeText: SUPPRESSION_MIN_FREE_TEXT,
    index: {
      overall: gate.overall ? estimateMean(overall) : null,
      byPhase: estimates(byPhase, gate.phase),
      byDistrict: estimates(districts, gate.district),
      difference: before && after ? estimateDifference(before, after) : null,
      baseline,
    },
    questions,
  };
}
