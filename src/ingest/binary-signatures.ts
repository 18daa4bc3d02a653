/** Leading bytes of file formats people often pass by mistake, with the name an error message uses. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive (or a DOCX/XLSX/ODT/EPUB document, which are ZIP files)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'legacy Microsoft Office document (DOC/XLS/PPT)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF image' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], name: 'bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: [0x4d, 0x5a, 0x90, 0x00], name: 'Windows executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'WebAssembly module' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], name: 'SQLite database' },
  { bytes: [0x49, 0x44, 0x33, 0x03], name: 'MP3 audio' },
  { bytes: [0x49, 0x44, 0x33, 0x04], name: 'MP3 audio' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], name: 'Ogg media' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], name: 'Matroska/WebM video' },
]

// Containers whose real type sits at offset 4 or 8 (RIFF: WAVE/AVI/WEBP; ISO media: MP4/MOV/HEIC).
// Short signatures are checked together with those inner bytes, so a text that happens to start
// with "RIFF" or "BM" is never taken for a binary file.
const RIFF = [0x52, 0x49, 0x46, 0x46]
const RIFF_KINDS = [[0x57, 0x41, 0x56, 0x45], [0x41, 0x56, 0x49, 0x20], [0x57, 0x45, 0x42, 0x50]]
const FTYP = [0x66, 0x74, 0x79, 0x70]
const BMP = [0x42, 0x4d]

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false
  return true
}

/**
 * Names the binary file format the bytes start with, or null when they match no known signature.
 *
 * @example
 * detectBinaryFormat(new TextEncoder().encode('%PDF-1.7 …')) // 'PDF document'
 */
export function detectBinaryFormat(bytes: Uint8Array): string | null {
  if (startsWith(bytes, RIFF) && RIFF_KINDS.some((kind) => startsWith(bytes, kind, 8))) return 'RIFF media file (WAV audio, AVI video or WebP image)'
  if (startsWith(bytes, FTYP, 4) && bytes[0] === 0) return 'MP4/QuickTime media file'
  if (startsWith(bytes, BMP) && startsWith(bytes, [0, 0, 0, 0], 6)) return 'BMP image'
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) return signature.name
  return null
}
