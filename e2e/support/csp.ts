import type { Page } from '@playwright/test'

/**
 * Collects the Content-Security-Policy violations of a page and its frames: Chromium reports
 * each blocked script, style, image or frame as a console error, and fires
 * `securitypolicyviolation`, which an init script (exempt from the policy) logs the same way.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy|CSP violation/i.test(text)) violations.push(text)
  })
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}
