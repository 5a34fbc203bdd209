import { writeBenchContent } from './scripts/bench-content.ts';
import { rmSync } from 'node:fs';
const [dir, n] = process.argv.slice(2);
rmSync(dir!, { recursive: true, force: true });
console.log(writeBenchContent(dir!, Number(n)));
