import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { MEDIA } from '@collections/slugs'

/**
 * What a news story needs and no more: the page's <h1> is the headline, so the body starts at h2.
 * Inline images come from the media library and carry its alt text, caption and credit.
 */
export const articleEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    LinkFeature({ enabledCollections: [] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    UploadFeature({ collections: { [MEDIA]: { fields: [] } } }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
