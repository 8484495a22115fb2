/** ffmpeg's arguments for the data-saver copies (./renditions.ts) and a video's poster frame. */

/** Audio: Opus, mono, 32 kbps (speech and songs on a phone speaker). */
export const AUDIO_KBPS = 32
/** Video: 360 lines on the short side, about 500 kbps of video and 48 kbps of mono AAC. */
export const VIDEO_LINES = 360
export const VIDEO_KBPS = 500

export const audioArgs = (input: string, output: string) => [
  '-i', input,
  '-map', '0:a:0', '-vn', '-sn', '-dn', '-map_metadata', '-1',
  '-c:a', 'libopus', '-b:a', `${AUDIO_KBPS}k`, '-vbr', 'constrained', '-application', 'audio',
  '-ac', '1', '-ar', '48000', '-threads', '1', '-f', 'ogg', output,
] // prettier-ignore

export const videoArgs = (input: string, output: string) => [
  '-i', input,
  '-map', '0:v:0', '-map', '0:a:0?', '-sn', '-dn', '-map_metadata', '-1',
  // The short side to 360 lines (never up), the long side to an even number keeping the shape.
  '-vf', `scale=w='if(gt(iw,ih),-2,min(${VIDEO_LINES},iw))':h='if(gt(iw,ih),min(${VIDEO_LINES},ih),-2)',setsar=1`,
  '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'main', '-level', '3.1', '-pix_fmt', 'yuv420p',
  '-crf', '26', '-maxrate', `${VIDEO_KBPS}k`, '-bufsize', `${2 * VIDEO_KBPS}k`, '-g', '120',
  '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', '44100',
  '-movflags', '+faststart', '-threads', '1', '-f', 'mp4', output,
] // prettier-ignore

export const posterArgs = (input: string, output: string, at: number) => [
  '-ss', at.toFixed(2), '-i', input, '-frames:v', '1', '-an', '-sn',
  '-vf', "scale=w='if(gt(iw,ih),min(1280,iw),-2)':h='if(gt(iw,ih),-2,min(1280,ih))'",
  '-q:v', '3', '-f', 'image2', output,
] // prettier-ignore
