import type { z } from 'zod'

import { ListArticlesParams, PageParams } from '../schemas/params'

export type PathParam = { name: string; description: string; example: string }

/** One endpoint as documented: the OpenAPI document and the docs page are both built from these. */
export type Operation = {
  method: 'get' | 'post'
  path: string
  operationId: string
  summary: string
  description: string
  tag: 'Articles' | 'Authors' | 'Tags' | 'Views' | 'Reference'
  query?: z.ZodObject
  pathParams?: PathParam[]
  /** Status → component schema name (JSON) or a media type for the reference documents. */
  responses: Record<string, { description: string; schema?: string; mediaType?: string }>
  /** A request a reader can paste, relative to the server. */
  example: string
}

const notFound = { description: 'Nothing public by that name', schema: 'Error' }
const badParams = { description: 'A parameter is unknown or invalid', schema: 'Error' }
const tooMany = { description: 'Too many requests from this address', schema: 'Error' }

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/military/articles',
    operationId: 'listMilitaryArticles',
    summary: 'List Military articles',
    description:
      'Published Military articles, newest first, without their bodies. Filters combine: all must match.',
    tag: 'Articles',
    query: ListArticlesParams,
    responses: {
      '200': { description: 'A page of articles', schema: 'ArticleList' },
      '400': badParams,
      '429': tooMany,
    },
    example: '/api/v1/military/articles?limit=3&tag=drones&since=2025-01-01',
  },
  {
    method: 'get',
    path: '/api/v1/military/articles/{slug}',
    operationId: 'getMilitaryArticle',
    summary: 'Get one Military article',
    description: 'A published Military article with its body as HTML and as plain text.',
    tag: 'Articles',
    pathParams: [{ name: 'slug', description: "The article's slug", example: 'an-article-slug' }],
    responses: {
      '200': { description: 'The article', schema: 'ArticleItem' },
      '400': badParams,
      '404': notFound,
      '429': tooMany,
    },
    example: '/api/v1/military/articles/an-article-slug',
  },
  {
    method: 'get',
    path: '/api/v1/authors',
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
    example: '/api/v1/authors',
  },
  {
    method: 'get',
    path: '/api/v1/authors/{slug}',
    operationId: 'getAuthor',
    summary: 'Get one author',
    description: 'An author with their newest published Military articles.',
    tag: 'Authors',
    pathParams: [{ name: 'slug', description: "The author's slug", example: 'an-author-slug' }],
    responses: {
      '200': { description: 'The author', schema: 'AuthorItem' },
      '400': badParams,
      '404': notFound,
      '429': tooMany,
    },
    example: '/api/v1/authors/an-author-slug',
  },
  {
    method: 'get',
    path: '/api/v1/tags',
    operationId: 'listTags',
    summary: 'List tags',
    description:
      'Tags in use by published Military articles with how many use each, most used first.',
    tag: 'Tags',
    query: PageParams,
    responses: {
      '200': { description: 'A page of tags', schema: 'TagList' },
      '400': badParams,
      '429': tooMany,
    },
    example: '/api/v1/tags?limit=20',
  },
  {
    method: 'post',
    path: '/api/v1/articles/{id}/view',
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
      '404': { description: 'No published Military article has this id', schema: 'Error' },
      '429': tooMany,
    },
    example: '/api/v1/articles/an-article-id/view',
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API as OpenAPI 3.1',
    description: 'Generated from the same zod schemas that check every request and response.',
    tag: 'Reference',
    responses: { '200': { description: 'The OpenAPI document', mediaType: 'application/json' } },
    example: '/api/v1/openapi.json',
  },
  {
    method: 'get',
    path: '/api/v1/docs',
    operationId: 'getDocs',
    summary: 'This reference as a web page',
    description: 'Readable documentation rendered from the OpenAPI document.',
    tag: 'Reference',
    responses: { '200': { description: 'An HTML page', mediaType: 'text/html' } },
    example: '/api/v1/docs',
  },
]
