import { WEBSITE_SECTION, WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { getArticle, listArticles } from '../handlers/articles'
import { getAuthor, listAuthorsHandler } from '../handlers/authors'
import { docsHandler, openApiHandler } from '../handlers/reference'
import { listLiveEntriesHandler } from '../handlers/liveEntries'
import { listTagsHandler } from '../handlers/tags'
import { unknownPath } from '../handlers/unknownPath'
import { recordViewHandler } from '../handlers/view'
import { ListArticlesParams, ListEntriesParams, PageParams } from '../schemas/params'
import { defineRoute } from './defineRoute'

const notFound = { description: 'Nothing public by that name', schema: 'Error' }
const badParams = { description: 'A parameter is unknown or invalid', schema: 'Error' }
const tooMany = { description: 'Too many requests from this address', schema: 'Error' }

/**
 * Every content API route: its path, the handler of each method, and how it is documented. The
 * route files under `app/(content-api)/api/v1/` export their row, the OpenAPI document and the
 * docs page list the documented rows in this order, and a contract test holds files and table
 * together.
 */
export const CONTENT_API_ROUTES = {
  articles: defineRoute(`/api/v1/${WEBSITE_SECTION}/articles`, {
    GET: {
      handler: listArticles,
      operation: {
        operationId: `list${WEBSITE_SECTION_LABEL}Articles`,
        summary: `List ${WEBSITE_SECTION_LABEL} articles`,
        description: `Published ${WEBSITE_SECTION_LABEL} articles, newest first, without their bodies. Filters combine: all must match.`,
        tag: 'Articles',
        query: ListArticlesParams,
        responses: {
          '200': { description: 'A page of articles', schema: 'ArticleList' },
          '400': badParams,
          '429': tooMany,
        },
        exampleQuery: 'limit=3&tag=drones&since=2025-01-01',
      },
    },
  }),
  article: defineRoute(`/api/v1/${WEBSITE_SECTION}/articles/{slug}`, {
    GET: {
      handler: getArticle,
      operation: {
        operationId: `get${WEBSITE_SECTION_LABEL}Article`,
        summary: `Get one ${WEBSITE_SECTION_LABEL} article`,
        description: `A published ${WEBSITE_SECTION_LABEL} article with its body as HTML and as plain text.`,
        tag: 'Articles',
        pathParams: [
          { name: 'slug', description: "The article's slug", example: 'an-article-slug' },
        ],
        responses: {
          '200': { description: 'The article', schema: 'ArticleItem' },
          '400': badParams,
          '404': notFound,
          '429': tooMany,
        },
      },
    },
  }),
  articleEntries: defineRoute(`/api/v1/${WEBSITE_SECTION}/articles/{slug}/entries`, {
    GET: {
      handler: listLiveEntriesHandler,
      operation: {
        operationId: `list${WEBSITE_SECTION_LABEL}ArticleEntries`,
        summary: `List a live ${WEBSITE_SECTION_LABEL} article's entries`,
        description:
          'The published entries of live coverage, newest first (pinned ones have `pinned: true`). Poll with `since` set to the newest `updatedAt` you hold to get only new and changed entries; an empty list for a story that is not live.',
        tag: 'Articles',
        query: ListEntriesParams,
        pathParams: [
          { name: 'slug', description: "The article's slug", example: 'an-article-slug' },
        ],
        responses: {
          '200': { description: 'A page of entries', schema: 'LiveEntryList' },
          '400': badParams,
          '404': notFound,
          '429': tooMany,
        },
        exampleQuery: 'limit=20&since=2025-10-13T09:30:00Z',
      },
    },
  }),
  authors: defineRoute('/api/v1/authors', {
    GET: {
      handler: listAuthorsHandler,
      operation: {
        operationId: 'listAuthors',
        summary: 'List authors',
        description: 'Everyone with a byline, by name. Emails are never part of the API.',
        tag: 'Authors',
        query: PageParams,
        responses: {
          '200': { description: 'A page of authors', schema: 'AuthorList' },
          '400': badParams,
          '429': tooMany,
        },
      },
    },
  }),
  author: defineRoute('/api/v1/authors/{slug}', {
    GET: {
      handler: getAuthor,
      operation: {
        operationId: 'getAuthor',
        summary: 'Get one author',
        description: `An author with their newest published ${WEBSITE_SECTION_LABEL} articles.`,
        tag: 'Authors',
        pathParams: [{ name: 'slug', description: "The author's slug", example: 'an-author-slug' }],
        responses: {
          '200': { description: 'The author', schema: 'AuthorItem' },
          '400': badParams,
          '404': notFound,
          '429': tooMany,
        },
      },
    },
  }),
  tags: defineRoute('/api/v1/tags', {
    GET: {
      handler: listTagsHandler,
      operation: {
        operationId: 'listTags',
        summary: 'List tags',
        description: `Tags in use by published ${WEBSITE_SECTION_LABEL} articles with how many use each, most used first.`,
        tag: 'Tags',
        query: PageParams,
        responses: {
          '200': { description: 'A page of tags', schema: 'TagList' },
          '400': badParams,
          '429': tooMany,
        },
        exampleQuery: 'limit=20',
      },
    },
  }),
  articleView: defineRoute('/api/v1/articles/{id}/view', {
    POST: {
      handler: recordViewHandler,
      operation: {
        operationId: 'recordView',
        summary: 'Count a view',
        description:
          'Called by the website when a reader opens an article. Counts each reader once per article per UTC day: a cookie marks them counted until midnight; clients that keep no cookies count at most 10 times a day per address and browser (kept as daily-salted hashes, never addresses). Bots, headless browsers included, are never counted. Not cached, not cross-origin.',
        tag: 'Views',
        pathParams: [{ name: 'id', description: "The article's id", example: 'an-article-id' }],
        responses: {
          '200': {
            description: 'The current count, and whether this call added to it',
            schema: 'ViewResult',
          },
          '400': badParams,
          '404': {
            description: `No published ${WEBSITE_SECTION_LABEL} article has this id`,
            schema: 'Error',
          },
          '429': tooMany,
        },
      },
    },
  }),
  openApi: defineRoute('/api/v1/openapi.json', {
    GET: {
      handler: openApiHandler,
      operation: {
        operationId: 'getOpenApi',
        summary: 'This API as OpenAPI 3.1',
        description: 'Generated from the same zod schemas that check every request and response.',
        tag: 'Reference',
        responses: {
          '200': { description: 'The OpenAPI document', mediaType: 'application/json' },
        },
      },
    },
  }),
  docs: defineRoute('/api/v1/docs', {
    GET: {
      handler: docsHandler,
      operation: {
        operationId: 'getDocs',
        summary: 'This reference as a web page',
        description: 'Readable documentation rendered from the OpenAPI document.',
        tag: 'Reference',
        responses: { '200': { description: 'An HTML page', mediaType: 'text/html' } },
      },
    },
  }),
  // Undocumented: anything else under /api/v1, and /api/v1 itself, answers 404 in the API's shape.
  unknownPath: defineRoute('/api/v1/{...path}', {
    GET: { handler: unknownPath },
    POST: { handler: unknownPath },
  }),
}
