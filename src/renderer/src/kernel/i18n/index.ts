export { I18nProvider, useI18n, useT, type I18n } from './I18nProvider';
