import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="content" className="message">
      <h1>Page not found</h1>
      <p>The story you are looking for does not exist or is not published.</p>
      <p>
        <Link href="/military">Back to the Military section</Link>
      </p>
    </main>
  )
}
