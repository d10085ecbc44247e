import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown on every page in draft mode, so nobody mistakes a draft for the published story. */
export function PreviewBanner({ path, serverUrl }: { path: string; serverUrl: string }) {
  return (
    <div className="preview-banner" role="status">
      You are previewing a draft.{' '}
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>Exit preview</a>
      <RefreshOnSave serverUrl={serverUrl} />
    </div>
  )
}
