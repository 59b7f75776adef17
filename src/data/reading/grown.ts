/** Growing the typed arrays the reading rules fill as rows arrive. */

/** A copy of `array` with room for at least `needed` elements. */
export function grown<T extends Uint8Array | Int32Array | Float64Array | Uint32Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
