import type { AnyRule } from '../src/engine/create-rule.js';
import adjacentVariables from './adjacent-variables.js';
import allCaps from './all-caps.js';
import authenticationFormat from './authentication-format.js';
import buttonLimits from './button-limits.js';
import carouselFormat from './carousel-format.js';
import codeOutsideAuthentication from './code-outside-authentication.js';
import duplicateTemplate from './duplicate-template.js';
import exampleMismatch from './example-mismatch.js';
import exampleRequired from './example-required.js';
import excessiveEmoji from './excessive-emoji.js';
import footerNoVariables from './footer-no-variables.js';
import grammar from './grammar.js';
import headerTextFormat from './header-text-format.js';
import headerVariableLimit from './header-variable-limit.js';
import insecureUrl from './insecure-url.js';
import ipAddressUrl from './ip-address-url.js';
import languageCode from './language-code.js';
import languageMismatch from './language-mismatch.js';
import limitedTimeOfferFormat from './limited-time-offer-format.js';
import localeConsistency from './locale-consistency.js';
import marketingOptOut from './marketing-opt-out.js';
import nameFormat from './name-format.js';
import phoneNumberFormat from './phone-number-format.js';
import prohibitedContent from './prohibited-content.js';
import promotionalUtility from './promotional-utility.js';
import repeatedWord from './repeated-word.js';
import sensitiveDataRequest from './sensitive-data-request.js';
import spelling from './spelling.js';
import suspiciousDomain from './suspicious-domain.js';
import templateSchema from './template-schema.js';
import textLength from './text-length.js';
import typography from './typography.js';
import unclearContent from './unclear-content.js';
import urlButtonVariable from './url-button-variable.js';
import urlShortener from './url-shortener.js';
import variableAtEnd from './variable-at-end.js';
import variableAtStart from './variable-at-start.js';
import variableDensity from './variable-density.js';
import variableSequence from './variable-sequence.js';
import variableSyntax from './variable-syntax.js';

/** Every built-in rule, by id. Explicit, so a test can check it against rules/ and docs/rules/. */
export const rules: Readonly<Record<string, AnyRule>> = {
  'adjacent-variables': adjacentVariables,
  'all-caps': allCaps,
  'authentication-format': authenticationFormat,
  'button-limits': buttonLimits,
  'carousel-format': carouselFormat,
  'code-outside-authentication': codeOutsideAuthentication,
  'duplicate-template': duplicateTemplate,
  'example-mismatch': exampleMismatch,
  'example-required': exampleRequired,
  'excessive-emoji': excessiveEmoji,
  'footer-no-variables': footerNoVariables,
  'grammar': grammar,
  'header-text-format': headerTextFormat,
  'header-variable-limit': headerVariableLimit,
  'insecure-url': insecureUrl,
  'ip-address-url': ipAddressUrl,
  'language-code': languageCode,
  'language-mismatch': languageMismatch,
  'limited-time-offer-format': limitedTimeOfferFormat,
  'locale-consistency': localeConsistency,
  'marketing-opt-out': marketingOptOut,
  'name-format': nameFormat,
  'phone-number-format': phoneNumberFormat,
  'prohibited-content': prohibitedContent,
  'promotional-utility': promotionalUtility,
  'repeated-word': repeatedWord,
  'sensitive-data-request': sensitiveDataRequest,
  'spelling': spelling,
  'suspicious-domain': suspiciousDomain,
  'template-schema': templateSchema,
  'text-length': textLength,
  'typography': typography,
  'unclear-content': unclearContent,
  'url-button-variable': urlButtonVariable,
  'url-shortener': urlShortener,
  'variable-at-end': variableAtEnd,
  'variable-at-start': variableAtStart,
  'variable-density': variableDensity,
  'variable-sequence': variableSequence,
  'variable-syntax': variableSyntax,
};
