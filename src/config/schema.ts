import { z } from 'zod';

/** `off | info | warn | error`, or ESLint's numbers (0 off, 1 warn, 2 error). */
export const levelSchema = z.union([z.enum(['off', 'info', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)]);

export type LevelSetting = z.infer<typeof levelSchema>;

export const ruleSettingSchema = z.union([levelSchema, z.tuple([levelSchema]), z.tuple([levelSchema, z.unknown()])]);

export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const settingsSchema = z
  .object({
    words: z.array(z.string()).optional().describe('Extra words for spelling: brands, product names.'),
    dictionaries: z.array(z.string()).optional().describe('Personal dictionary files, one word per line, relative to the config file.'),
    allowedDomains: z.array(z.string()).optional().describe('Registrable domains links may point to.'),
    defaultLanguage: z.string().optional().describe('Language of templates that do not say.'),
  })
  .catchall(z.unknown());

export const configEntrySchema = z
  .object({
    name: z.string().optional(),
    files: z.array(z.string()).optional(),
    ignores: z.array(z.string()).optional(),
    templates: z.array(z.string()).optional().describe('Template names (globs) this entry applies to.'),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    settings: settingsSchema.optional(),
    linterOptions: z
      .object({
        reportUnusedDisableDirectives: z.union([z.boolean(), z.enum(['off', 'info', 'warn', 'error'])]).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ConfigEntry = z.infer<typeof configEntrySchema>;

/** Preset names usable as array items in JSON configs: `"wabalint:recommended"`. */
export const presetNames = ['wabalint:recommended', 'wabalint:strict'] as const;
export type PresetName = (typeof presetNames)[number];

export const configFileSchema = z.union([
  configEntrySchema,
  z.array(z.union([configEntrySchema, z.enum(presetNames)])),
]);

export type ConfigFile = z.infer<typeof configFileSchema>;
