/**
 * The `entities` stage: people, organisations and places in the clean text, with their
 * mentions, roles and corpus-wide ids (src/entities). Runs after `time`, whose publication date
 * dates the roles. The identity registry and the learned tagger come from the stage context:
 * the command that runs a batch owns them (see ARCHITECTURE.md, "Entity identities").
 */
import type { Stage } from '../core/pipeline.js';
import { entityLexiconFor, recognizeEntities } from '../entities/index.js';
import { languageFor } from '../lang/index.js';
import { tokenize } from '../text/index.js';

/** The `entities` stage: fills `doc.layers.entities`. */
export const entityStage: Stage = {
  name: 'entities',
  description: 'finds people, organisations and places with their roles, and links them to corpus-wide identities',
  run(doc, ctx) {
    const lang = languageFor(doc.meta.language);
    const tokens = doc.layers.tokens.length ? doc.layers.tokens : tokenize(doc.text, { lang, settings: ctx.settings.text });
    doc.layers.entities = recognizeEntities(doc.text, tokens, {
      lang,
      lex: entityLexiconFor(doc.meta.language),
      settings: ctx.settings.entities,
      registry: ctx.entityRegistry,
      tagger: ctx.nerTagger,
      sentences: doc.layers.sentences,
      published: doc.meta.published.value,
    });
  },
};
