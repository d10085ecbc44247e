import type { Sharp } from 'sharp'

/**
 * Writes a picture back in the format it arrived in, at the qualities the media library keeps
 * originals at: JPEG 92 (4:4:4), WebP 92, AVIF 80, PNG lossless. `format` is sharp's name for
 * the input (AVIF reads as HEIF).
 */
export function encodeInOwnFormat(image: Sharp, format: string | undefined): Promise<Buffer> {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer()
    case 'png':
      return image.png({ compressionLevel: 9 }).toBuffer()
    case 'webp':
      return image.webp({ quality: 92 }).toBuffer()
    case 'heif':
      return image.avif({ quality: 80 }).toBuffer()
    default:
      throw new Error(`Cannot write a ${format ?? 'unknown'} image`)
  }
}
