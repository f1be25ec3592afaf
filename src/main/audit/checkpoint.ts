import { z } from 'zod';
import { AppError } from '../kernel/errors';
import { encodeFields } from '../session/log/chain';
import { signEd25519, verifyEd25519 } from '../session/log/keys';

/**
 * A signed checkpoint: "at `at`, entry `seq` of vault `vaultId` had MAC `mac`", signed (Ed25519) by
 * a supervisor. Saved outside the vault it proves later that the log reached at least this far with
 * exactly this history — the one thing that detects an older copy of the whole vault put back.
 *
 * Signed bytes: encodeFields("fallbuch-audit-checkpoint-v1", [vaultId, seq, mac, at, userId,
 * supervisorName, publicKey]) — see docs/access-log.md.
 */
export const CHECKPOINT_FORMAT = 'fallbuch-audit-checkpoint';

const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  seq: z.number().int().min(0),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().datetime(),
  supervisor: z.strictObject({ userId: z.string().min(1).max(64), name: z.string().min(1).max(80) }),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type CheckpointBody = Omit<Checkpoint, 'format' | 'version' | 'publicKey' | 'signature'>;

function signedBytes(body: CheckpointBody, publicKey: string): Buffer {
  return encodeFields('fallbuch-audit-checkpoint-v1', [
    body.vaultId,
    String(body.seq),
    body.mac,
    body.at,
    body.supervisor.userId,
    body.supervisor.name,
    publicKey,
  ]);
}

export function signCheckpoint(body: CheckpointBody, signing: { privateSeed: Buffer; publicRaw: Buffer }): Checkpoint {
  const publicKey = signing.publicRaw.toString('base64');
  const signature = signEd25519(signing.privateSeed, signedBytes(body, publicKey)).toString('base64');
  return { format: CHECKPOINT_FORMAT, version: 1, ...body, publicKey, signature };
}

/** True when the signature holds for the key named in the checkpoint. */
export function hasValidSignature(checkpoint: Checkpoint): boolean {
  return verifyEd25519(
    Buffer.from(checkpoint.publicKey, 'base64'),
    signedBytes(checkpoint, checkpoint.publicKey),
    Buffer.from(checkpoint.signature, 'base64'),
  );
}

export function parseCheckpoint(value: unknown): Checkpoint | null {
  const parsed = checkpointSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads a checkpoint file: anything that is not a well-formed checkpoint with a valid signature is
 * CHECKPOINT_INVALID; a checkpoint of another vault is CHECKPOINT_OTHER_VAULT. Nothing is written.
 */
export function readCheckpointText(text: string, vaultId: string): Checkpoint {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('CHECKPOINT_INVALID');
  }
  const checkpoint = parseCheckpoint(json);
  if (!checkpoint || !hasValidSignature(checkpoint)) throw new AppError('CHECKPOINT_INVALID');
  if (checkpoint.vaultId !== vaultId) throw new AppError('CHECKPOINT_OTHER_VAULT');
  return checkpoint;
}
