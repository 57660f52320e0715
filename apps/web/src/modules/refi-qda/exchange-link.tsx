import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way to the REFI-QDA page from the codebook. */
export function ExchangeLink() {
  const { t } = useTranslation('refiQda');
  return (
    <Anchor component={Link} to="/analysis/exchange">
      {t('link')}
    </Anchor>
  );
}
