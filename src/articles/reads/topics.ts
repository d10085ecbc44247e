import { topicSlug } from '@/articles/topicSlug'

import { listTags } from './tags'

/**
 * A topic page's subject: every spelling of one tag that gives the same slug ("Air Defence",
 * "air defence"), named after the most used, with the number of stories carrying any of them.
 */
export type Topic = { slug: string; name: string; tags: string[]; count: number }

/**
 * Topics of the section's published stories, most used first: built from `listTags` (cached,
 * and cleared with every article list), so a tag only drafts or other desks use is no topic.
 */
export async function listTopics(): Promise<Topic[]> {
  const bySlug = new Map<string, Topic>()
  // listTags is most used first, so a topic's first spelling names it.
  for (const { tag, count } of await listTags()) {
    const slug = topicSlug(tag)
    if (!slug) continue
    const topic = bySlug.get(slug)
    if (topic) {
      topic.tags.push(tag)
      // An upper bound: a story tagged with two spellings of the topic counts twice here.
      topic.count += count
    } else {
      bySlug.set(slug, { slug, name: tag, tags: [tag], count })
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
}

/** One topic by its slug, or null when no published story of the section carries it. */
export async function findTopic(slug: string): Promise<Topic | null> {
  if (!slug) return null
  return (await listTopics()).find((topic) => topic.slug === slug) ?? null
}
