import sharp from 'sharp'

/** A real PNG, as an editor's upload would be. */
export async function pngFile(name: string) {
  const buffer = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: '#3b5b4a' },
  })
    .png()
    .toBuffer()
  return { name, mimeType: 'image/png', buffer }
}
