import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * The asymmetric keys of the access log, with node:crypto only:
 * - X25519 to seal the chain's first key K_0 to each supervisor (and to the recovery key):
 *   ephemeral X25519 ⟶ shared secret ⟶ HKDF-SHA256 ⟶ AES-256-GCM, with the context as AAD;
 * - Ed25519 to sign checkpoints and retention archives.
 * Private keys are handled as raw 32-byte seeds (Buffers that are zeroed on lock); KeyObjects are
 * made on demand.
 */

const PKCS8_PREFIX = {
  x25519: Buffer.from('302e020100300506032b656e04220420', 'hex'),
  ed25519: Buffer.from('302e020100300506032b657004220420', 'hex'),
} as const;
const SPKI_PREFIX = {
  x25519: Buffer.from('302a300506032b656e032100', 'hex'),
  ed25519: Buffer.from('302a300506032b6570032100', 'hex'),
} as const;

type Curve = keyof typeof PKCS8_PREFIX;

export function privateKeyOf(curve: Curve, seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX[curve], seed]), format: 'der', type: 'pkcs8' });
}

export function publicKeyOf(curve: Curve, raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX[curve], raw]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32);
}

function rawPrivate(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'pkcs8' });
  return Buffer.from(der.subarray(der.length - 32));
}

/** A supervisor's two key pairs: seeds stay in memory (wrapped at rest), publics go into the vault. */
export interface SupervisorKeyPairs {
  x25519Private: Buffer;
  ed25519Private: Buffer;
  x25519Public: Buffer;
  ed25519Public: Buffer;
}

export function generateSupervisorKeyPairs(): SupervisorKeyPairs {
  const x = generateKeyPairSync('x25519');
  const e = generateKeyPairSync('ed25519');
  return {
    x25519Private: rawPrivate(x.privateKey),
    ed25519Private: rawPrivate(e.privateKey),
    x25519Public: rawPublic(x.publicKey),
    ed25519Public: rawPublic(e.publicKey),
  };
}

/** Rebuilds the public halves from the two seeds (64 bytes: X25519 ‖ Ed25519). */
export function keyPairsFromSeeds(seeds: Buffer): SupervisorKeyPairs {
  const x25519Private = Buffer.from(seeds.subarray(0, 32));
  const ed25519Private = Buffer.from(seeds.subarray(32, 64));
  return {
    x25519Private,
    ed25519Private,
    x25519Public: rawPublic(createPublicKey(privateKeyOf('x25519', x25519Private))),
    ed25519Public: rawPublic(createPublicKey(privateKeyOf('ed25519', ed25519Private))),
  };
}

export function seedsOf(keys: SupervisorKeyPairs): Buffer {
  return Buffer.concat([keys.x25519Private, keys.ed25519Private]);
}

export function wipeKeyPairs(keys: SupervisorKeyPairs | null): void {
  keys?.x25519Private.fill(0);
  keys?.ed25519Private.fill(0);
}

/** The recovery key's own X25519 pair, derived from it, so K_0 can be sealed to it without storing it. */
export function recoveryKeyPair(recoveryKey: Buffer): { privateSeed: Buffer; publicRaw: Buffer } {
  const privateSeed = Buffer.from(hkdfSync('sha256', recoveryKey, Buffer.alloc(0), 'fallbuch recovery x25519 v1', 32));
  return { privateSeed, publicRaw: rawPublic(createPublicKey(privateKeyOf('x25519', privateSeed))) };
}

export interface Sealed {
  ephemeralPublic: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

function sealKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer, context: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipientPublic]), `fallbuch seal v1|${context}`, 32));
}

/** Seals `plaintext` to an X25519 public key; `context` (vault id, purpose, recipient) is bound as AAD. */
export function seal(recipientPublic: Buffer, plaintext: Buffer, context: string): Sealed {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = rawPublic(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyOf('x25519', recipientPublic) });
  const key = sealKey(shared, ephemeralPublic, recipientPublic, context);
  shared.fill(0);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  key.fill(0);
  return {
    ephemeralPublic: ephemeralPublic.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Null when the seal was not made for this key, or was altered. */
export function openSeal(recipientPrivateSeed: Buffer, sealed: Sealed, context: string): Buffer | null {
  try {
    const privateKey = privateKeyOf('x25519', recipientPrivateSeed);
    const recipientPublic = rawPublic(createPublicKey(privateKey));
    const ephemeralPublic = Buffer.from(sealed.ephemeralPublic, 'base64');
    const shared = diffieHellman({ privateKey, publicKey: publicKeyOf('x25519', ephemeralPublic) });
    const key = sealKey(shared, ephemeralPublic, recipientPublic, context);
    shared.fill(0);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    key.fill(0);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function signEd25519(privateSeed: Buffer, message: Buffer): Buffer {
  return sign(null, message, privateKeyOf('ed25519', privateSeed));
}

export function verifyEd25519(publicRaw: Buffer, message: Buffer, signature: Buffer): boolean {
  try {
    return publicRaw.length === 32 && verify(null, message, publicKeyOf('ed25519', publicRaw), signature);
  } catch {
    return false;
  }
}
