// Gazetteer look-up for people labelling articles: npm run -s lookup -- NAME [NAME ...]
// Prints every place the compiled gazetteer holds under each name's key, most
// populous first: id, name, type, code, country, admin1, population, lat, lon.
import { loadGazetteerFromDisk } from '../gazetteer/node.ts';
import { nameKey } from '../normalise.ts';

const names = process.argv.slice(2);
if (!names.length) {
  process.stderr.write('usage: npm run -s lookup -- NAME [NAME ...]\n');
  process.exit(2);
}
const gaz = loadGazetteerFromDisk();
for (const name of names) {
  const places = [...gaz.lookup(nameKey(name))].sort((a, b) => b.population - a.population);
  console.log(`${name}: ${places.length} place(s)`);
  for (const p of places.slice(0, 15))
    console.log(
      `  ${p.id}\t${p.name}\t${p.type}/${p.code}\t${p.country ?? '-'}\t${p.admin1 ?? '-'}\tpop ${p.population}\t${p.lat}, ${p.lon}`,
    );
}
