/**
 * Colour-vision-deficiency simulation for palette tests: Machado, Oliveira and Fernandes (2009),
 * severity 1, applied in linear RGB. https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html
 */
import { lab, rgb } from 'd3';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Deficiency, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const toLinear = (v: number) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const toGamma = (v: number) => { const c = Math.min(1, Math.max(0, v)); return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055); };

/** `colour` as seen with `deficiency`, as a hex colour. */
export function simulate(colour: string, deficiency: Deficiency): string {
  const { r, g, b } = rgb(colour);
  const linear = [r, g, b].map(toLinear);
  const [sr, sg, sb] = MATRICES[deficiency].map((row) => toGamma(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]));
  return rgb(sr, sg, sb).formatHex();
}

/** CIE76 colour difference. */
export function deltaE(a: string, b: string): number {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}
