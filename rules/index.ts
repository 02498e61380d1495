import type { AnyRule } from '../src/engine/create-rule.js';
import adjacentVariables from './adjacent-variables.js';
import buttonLimits from './button-limits.js';
import carouselFormat from './carousel-format.js';
import duplicateTemplate from './duplicate-template.js';
import exampleMismatch from './example-mismatch.js';
import exampleRequired from './example-required.js';
import footerNoVariables from './footer-no-variables.js';
import headerTextFormat from './header-text-format.js';
import headerVariableLimit from './header-variable-limit.js';
import languageCode from './language-code.js';
import limitedTimeOfferFormat from './limited-time-offer-format.js';
import localeConsistency from './locale-consistency.js';
import nameFormat from './name-format.js';
import phoneNumberFormat from './phone-number-format.js';
import templateSchema from './template-schema.js';
import textLength from './text-length.js';
import urlButtonVariable from './url-button-variable.js';
import variableAtEnd from './variable-at-end.js';
import variableAtStart from './variable-at-start.js';
import variableDensity from './variable-density.js';
import variableSequence from './variable-sequence.js';
import variableSyntax from './variable-syntax.js';

/** Every built-in rule, by id. Explicit, so a test can check it against rules/ and docs/rules/. */
export const rules: Readonly<Record<string, AnyRule>> = {
  'adjacent-variables': adjacentVariables,
  'button-limits': buttonLimits,
  'carousel-format': carouselFormat,
  'duplicate-template': duplicateTemplate,
  'example-mismatch': exampleMismatch,
  'example-required': exampleRequired,
  'footer-no-variables': footerNoVariables,
  'header-text-format': headerTextFormat,
  'header-variable-limit': headerVariableLimit,
  'language-code': languageCode,
  'limited-time-offer-format': limitedTimeOfferFormat,
  'locale-consistency': localeConsistency,
  'name-format': nameFormat,
  'phone-number-format': phoneNumberFormat,
  'template-schema': templateSchema,
  'text-length': textLength,
  'url-button-variable': urlButtonVariable,
  'variable-at-end': variableAtEnd,
  'variable-at-start': variableAtStart,
  'variable-density': variableDensity,
  'variable-sequence': variableSequence,
  'variable-syntax': variableSyntax,
};
