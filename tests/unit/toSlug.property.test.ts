import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, toSlug } from '@collections/fields/slug'

/** Letters of the alphabets the desk's datelines use: Latin with diacritics, Cyrillic, Greek. */
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'ąćęłńóśźżĄĆĘŁŃÓŚŹŻøØæÆåÅßäöüÄÖÜçÇğĞışŞéèêëàâîïôûùÿñÑđĐ',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ',
  ...'αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ',
]
const letter = fc.constantFrom(...LETTERS)
const separator = fc.constantFrom(' ', '-', ', ', ': ', '’', "'", '/', '  ')
const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''))
const headline = fc
  .array(fc.tuple(word, separator), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))

describe('toSlug', () => {
  it.each([
    ['Łask air base', 'lask-air-base'],
    ['Tromsø', 'tromso'],
    ['Київ під обстрілом', 'kiyiv-pid-obstrilom'],
    ['Москва', 'moskva'],
    ['Θεσσαλονίκη', 'thessaloniki'],
    ['Größe matters', 'groesse-matters'],
    ["Europe's Air-Defence Gap: 5 Lessons", 'europes-air-defence-gap-5-lessons'],
  ])('should turn "%s" into "%s"', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('should keep every letter of a headline in Latin, Cyrillic or Greek as a non-empty, valid slug', () => {
    fc.assert(
      fc.property(headline, (title) => {
        const slug = toSlug(title)
        expect(slug).toMatch(SLUG_PATTERN)
        // Every word leaves something: no letter of these alphabets is dropped to nothing.
        expect(slug.length).toBeGreaterThan(0)
      }),
      { seed: 17, numRuns: 500 },
    )
  })

  it('should give a valid slug or nothing for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = toSlug(text)
        expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true)
        expect(slug.length).toBeLessThanOrEqual(96)
      }),
      { seed: 17, numRuns: 500 },
    )
  })

  it('should give the same slug for a slug already made', () => {
    fc.assert(
      fc.property(headline, (title) => {
        const slug = toSlug(title)
        expect(toSlug(slug)).toBe(slug)
      }),
      { seed: 17, numRuns: 300 },
    )
  })
})
