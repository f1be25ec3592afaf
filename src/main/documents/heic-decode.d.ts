/** heic-decode 2.1 ships no types; this is the part Fallbuch uses (see its README). */
declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  interface HeicImage {
    width: number;
    height: number;
    decode(): Promise<DecodedImage>;
  }
  type HeicImages = HeicImage[] & { dispose(): void };
  function decode(options: { buffer: Uint8Array }): Promise<DecodedImage>;
  namespace decode {
    function all(options: { buffer: Uint8Array }): Promise<HeicImages>;
  }
  export default decode;
}
