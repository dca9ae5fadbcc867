// Development tool, not part of the build: turns the tables of the every-politician-scrapers
// repositories (Wikidata query results: a person's English label, Wikidata id and position) into
// src/data/officeholders.json, which the lexicon build reads: the officeholders, and the words of
// the names of other real people near theirs. Usage, with each file saved in DIR under the name
// that --sources gives it (README "Data and sources" says how):
//   node tests/tools/import-officeholders.mjs --sources   (one line a file: repository, commit, path, name in DIR)
//   node tests/tools/import-officeholders.mjs DIR > src/data/officeholders.json
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each source: repository, the commit its tables were taken from, the officeholder table, the date
 * that file last changed, the country of its positions, and the tables of other people with the
 * dates they last changed. Heads of state and government of every country (world-leaders-2021),
 * the current cabinet or council of ministers of each country that has a repository, and the heads
 * of international organizations (world: no country), and each country's holders of those offices
 * and of its other high offices (ambassadors, judges, central bankers) since about 2000 (holders21:
 * former ministers are in the news as much). Legislatures, sub-national cabinets (US states,
 * Wales, Scotland) and dependencies are no officeholders here: tens of thousands of little-reported
 * names give a near-miss matcher more to be wrong about than to fix. The members of each country's
 * legislature are other names: real people whose names are never read as misspellings of an
 * officeholder's on one clue alone (Chancellor Schulz is not Scholz).
 */
const SOURCES = [
  { repository: 'every-politician-scrapers/world-leaders-2021', commit: 'd3cd33860919484db62c8f3e6a9ecb2a0508db68', path: 'data/wikidata.csv', date: '2024-10-23' },
  { repository: 'every-politician-scrapers/afghanistan', commit: 'f54eb517a816eb2db1f6d5e4ad0d60dcf9de7e74', path: 'html/current.csv', date: '2022-07-16', country: 'Afghanistan', otherNames: { 'html/holders21.csv': '2022-07-18', 'html/legislators.csv': '2022-07-09' } },
  { repository: 'every-politician-scrapers/albania-cabinet', commit: 'e8d362eb360459d1ffad1dbf5eec480294ef4746', path: 'html/current.csv', date: '2022-08-02', country: 'Albania', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/algeria-cabinet', commit: 'a23de8549333fc55f861cc856d499acb9cd255de', path: 'html/current.csv', date: '2022-07-11', country: 'Algeria', otherNames: { 'html/holders21.csv': '2022-07-11', 'html/legislators.csv': '2022-07-11' } },
  { repository: 'every-politician-scrapers/andorra-cabinet', commit: 'e9ce75911474a86f696ba50f10f8e623a610424d', path: 'html/current.csv', date: '2022-06-30', country: 'Andorra', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-03-30' } },
  { repository: 'every-politician-scrapers/angola', commit: '3e46a94f1c478495da9e44762ad61981f5f5bf68', path: 'html/current.csv', date: '2022-07-13', country: 'Angola', otherNames: { 'html/holders21.csv': '2022-07-28', 'html/legislators.csv': '2022-07-16' } },
  { repository: 'every-politician-scrapers/antigua-barbuda-ministers', commit: '57cc68e87bf1094821c8cd69392276a51e668ba5', path: 'html/current.csv', date: '2022-08-02', country: 'Antigua and Barbuda', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/argentina-ministers', commit: '98105f511ea6ad6c9730e979190909cf34d9343b', path: 'html/current.csv', date: '2022-07-09', country: 'Argentina', otherNames: { 'html/holders21.csv': '2022-07-09', 'html/legislators.csv': '2022-07-25' } },
  { repository: 'every-politician-scrapers/armenia-ministers', commit: '0f97f894d1206191bcc52e5925f00bac9a0299bf', path: 'html/current.csv', date: '2022-07-16', country: 'Armenia', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/australia-cabinet', commit: '4c35a6ef087d076eb343b6177814574b2d6e43b8', path: 'html/current.csv', date: '2022-07-27', country: 'Australia', otherNames: { 'html/holders21.csv': '2022-07-30', 'html/legislators.csv': '2022-07-30' } },
  { repository: 'every-politician-scrapers/austria-cabinet', commit: 'd8d29777ec6abe3e2adfb82f5c308e944fb8f8a9', path: 'html/current.csv', date: '2022-08-02', country: 'Austria', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/azerbaijan-cabinet', commit: '88e2221afaeb133eb9ac369d5a036c69bbeefc4d', path: 'html/current.csv', date: '2022-07-18', country: 'Azerbaijan', otherNames: { 'html/holders21.csv': '2022-07-18', 'html/legislators.csv': '2022-07-19' } },
  { repository: 'every-politician-scrapers/bahamas-cabinet', commit: '66365968ce80d0d0c85f37646efd8f9fba2568c1', path: 'html/current.csv', date: '2022-06-26', country: 'Bahamas', otherNames: { 'html/holders21.csv': '2022-06-26', 'html/legislators.csv': '2022-06-26' } },
  { repository: 'every-politician-scrapers/bahrain', commit: 'd9163a148f80f34a6e043641de9adba473f576da', path: 'html/current.csv', date: '2022-12-13', country: 'Bahrain', otherNames: { 'html/holders21.csv': '2022-12-13', 'html/legislators.csv': '2022-09-16' } },
  { repository: 'every-politician-scrapers/bangladesh-ministers', commit: '9bf8dcec085888ba0a57f9073a0d504b74c33441', path: 'html/current.csv', date: '2022-07-11', country: 'Bangladesh', otherNames: { 'html/holders21.csv': '2022-07-11', 'html/legislators.csv': '2022-07-16' } },
  { repository: 'every-politician-scrapers/barbados-cabinet', commit: 'c63bdb2c9c8439724774a61e70d384bc8f42bf58', path: 'html/current.csv', date: '2022-07-20', country: 'Barbados', otherNames: { 'html/holders21.csv': '2022-07-20', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/belarus-ministers', commit: '3edd7c7cbcba709c6165f7df09653dcbf50c7712', path: 'html/current.csv', date: '2022-08-02', country: 'Belarus', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/belgium-cabinet', commit: 'a1420fcaec8b2c2966eebb13f352b95725d3785b', path: 'html/current.csv', date: '2022-07-22', country: 'Belgium', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/belize-ministers', commit: '27bea3488c0bf55a54d2a3006f8e8f2e79ccfd96', path: 'html/current.csv', date: '2022-08-02', country: 'Belize', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/bhutan-ministers', commit: '28d69fb4844350dbb4b51101754e8bfa74d300aa', path: 'html/current.csv', date: '2021-12-07', country: 'Bhutan', otherNames: { 'html/holders21.csv': '2022-03-18', 'html/legislators.csv': '2022-03-26' } },
  { repository: 'every-politician-scrapers/bolivia-ministers', commit: '9ecab9a992ff42c39561834734b028ac65c3ed2f', path: 'html/current.csv', date: '2022-08-02', country: 'Bolivia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/bosnia-herzegovina-ministers', commit: '77bb9eb6a60e455fd4458255c9ac6fb5f9a5b2b2', path: 'html/current.csv', date: '2022-06-26', country: 'Bosnia and Herzegovina', otherNames: { 'html/holders21.csv': '2022-06-26', 'html/legislators.csv': '2022-06-02' } },
  { repository: 'every-politician-scrapers/brazil-ministers', commit: 'de58065b42edc0c0f310185ffda9174540e9af5f', path: 'html/current.csv', date: '2022-07-17', country: 'Brazil', otherNames: { 'html/holders21.csv': '2022-07-17', 'html/legislators.csv': '2022-07-20' } },
  { repository: 'every-politician-scrapers/bulgaria-cabinet', commit: '2068236a3e5af84bd30f347afe86bcc089d6fd5d', path: 'html/current.csv', date: '2022-07-20', country: 'Bulgaria', otherNames: { 'html/holders21.csv': '2022-07-20', 'html/legislators.csv': '2022-07-25' } },
  { repository: 'every-politician-scrapers/burkina-faso', commit: '497b82ab5ecdb13852b80433607c9c880687b4db', path: 'html/current.csv', date: '2023-01-11', country: 'Burkina Faso', otherNames: { 'html/holders21.csv': '2023-01-11', 'html/legislators.csv': '2022-08-30' } },
  { repository: 'every-politician-scrapers/cabo-verde', commit: '70e2647a2bffdbc2f86d6b9054da28e40b50badc', path: 'html/current.csv', date: '2022-12-06', country: 'Cape Verde', otherNames: { 'html/holders21.csv': '2022-12-06', 'html/legislators.csv': '2022-10-12' } },
  { repository: 'every-politician-scrapers/cameroon', commit: '647bbdf2093fd92077f35c7b7a93bef37aa33919', path: 'html/current.csv', date: '2022-08-02', country: 'Cameroon', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/canada-cabinet', commit: '3b3f0da86ca64c7e3ce6d0f073ed66612885d06f', path: 'html/current.csv', date: '2022-07-16', country: 'Canada', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-19' } },
  { repository: 'every-politician-scrapers/central-african-republic', commit: 'f5ec169674fa9ce00bf5e4fee51a9aaee3e888fb', path: 'html/current.csv', date: '2022-05-21', country: 'Central African Republic', otherNames: { 'html/holders21.csv': '2022-07-17', 'html/legislators.csv': '2022-07-04' } },
  { repository: 'every-politician-scrapers/chile-ministers', commit: '412eb050c5f72daf9c0f31b6482c61180501c83a', path: 'html/current.csv', date: '2022-07-09', country: 'Chile', otherNames: { 'html/holders21.csv': '2022-07-10', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/china-ministers', commit: '300341654d57cd10776238bae41c89b6ea315276', path: 'html/current.csv', date: '2022-07-03', country: 'China', otherNames: { 'html/holders21.csv': '2022-07-11', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/congo-brazzaville', commit: '949deaf5835030bf0c7b73a6f4cb8d0d1fb8b57a', path: 'html/current.csv', date: '2022-06-16', country: 'Republic of the Congo', otherNames: { 'html/holders21.csv': '2022-06-21', 'html/legislators.csv': '2022-06-21' } },
  { repository: 'every-politician-scrapers/congo-kinshasa-ministers', commit: 'fb78ee2e1afcd31cb21afcb2c18c01e01608b18d', path: 'html/current.csv', date: '2022-06-20', country: 'Democratic Republic of the Congo', otherNames: { 'html/holders21.csv': '2022-07-30', 'html/legislators.csv': '2022-07-30' } },
  { repository: 'every-politician-scrapers/costa-rica', commit: 'e0bae021bc72c9b44bc08521819804da661bb23b', path: 'html/current.csv', date: '2022-12-06', country: 'Costa Rica', otherNames: { 'html/holders21.csv': '2022-12-06', 'html/legislators.csv': '2022-09-17' } },
  { repository: 'every-politician-scrapers/croatia-ministers', commit: '6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3', path: 'html/current.csv', date: '2022-07-17', country: 'Croatia', otherNames: { 'html/holders21.csv': '2022-07-17', 'html/legislators.csv': '2022-07-25' } },
  { repository: 'every-politician-scrapers/cuba', commit: '5f8fa4ee8913ea123ef6727fbf0c8b3453fbbb86', path: 'html/current.csv', date: '2022-10-06', country: 'Cuba', otherNames: { 'html/holders21.csv': '2022-10-06', 'html/legislators.csv': '2022-08-31' } },
  { repository: 'every-politician-scrapers/cyprus-cabinet', commit: '5fcbf4d37e23e62f820666403beb77e72c2f9916', path: 'html/current.csv', date: '2022-08-02', country: 'Cyprus', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/czech-ministers', commit: '1e53f23f9405feacef64241294c342ab8eca0319', path: 'html/current.csv', date: '2022-07-04', country: 'Czech Republic', otherNames: { 'html/holders21.csv': '2022-07-09', 'html/legislators.csv': '2022-07-20' } },
  { repository: 'every-politician-scrapers/denmark-cabinet', commit: '1599847eacdd27202c9b84387407cef25458f309', path: 'html/current.csv', date: '2022-07-09', country: 'Denmark', otherNames: { 'html/holders21.csv': '2022-07-25', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/djibouti-ministers', commit: '548a01f93b5f8468418fad4021cf7caf21489b2b', path: 'html/current.csv', date: '2022-01-15', country: 'Djibouti', otherNames: { 'html/holders21.csv': '2022-03-19', 'html/legislators.csv': '2022-01-15' } },
  { repository: 'every-politician-scrapers/dominica', commit: 'c10805b6330842c3b16a39ba166472aa0c6fb7b0', path: 'html/current.csv', date: '2022-10-15', country: 'Dominica', otherNames: { 'html/holders21.csv': '2022-10-15', 'html/legislators.csv': '2022-10-08' } },
  { repository: 'every-politician-scrapers/dominican-republic', commit: 'fd81a6770c656bf099ea70b518ef51062836a5ed', path: 'html/current.csv', date: '2022-09-16', country: 'Dominican Republic', otherNames: { 'html/holders21.csv': '2022-11-12', 'html/legislators.csv': '2022-09-17' } },
  { repository: 'every-politician-scrapers/ecuador-ministers', commit: 'b5360d52c89e2c9742019d3ea9c37972a737e243', path: 'html/current.csv', date: '2022-05-27', country: 'Ecuador', otherNames: { 'html/holders21.csv': '2022-07-20', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/egypt-ministers', commit: 'f3820a30ce92a8557e3503202fed731e9d91275c', path: 'html/current.csv', date: '2022-08-02', country: 'Egypt', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/el-salvador-ministers', commit: 'aa248a6120269e97bcc4a09855affa3dcb6ad76a', path: 'html/current.csv', date: '2022-06-03', country: 'El Salvador', otherNames: { 'html/holders21.csv': '2022-06-29', 'html/legislators.csv': '2022-01-25' } },
  { repository: 'every-politician-scrapers/equatorial-guinea', commit: 'a713ce5acc59076c99ded9ea9f5b90cc2db9dbac', path: 'html/current.csv', date: '2022-05-31', country: 'Equatorial Guinea', otherNames: { 'html/holders21.csv': '2022-06-10', 'html/legislators.csv': '2022-06-02' } },
  { repository: 'every-politician-scrapers/estonia', commit: '27ed68480fd69b680a523eab604b6ccf26ed4332', path: 'html/current.csv', date: '2022-07-19', country: 'Estonia', otherNames: { 'html/holders21.csv': '2022-07-19', 'html/legislators.csv': '2022-07-21' } },
  { repository: 'every-politician-scrapers/ethiopia-ministers', commit: 'e025c9ca8d02cc7f3a5522afd30d49350e64c5cf', path: 'html/current.csv', date: '2022-07-13', country: 'Ethiopia', otherNames: { 'html/holders21.csv': '2022-07-13', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/fiji-ministers', commit: '53d4e70db564d68efd8d71af19efacbcd8cbaf09', path: 'html/current.csv', date: '2022-05-11', country: 'Fiji', otherNames: { 'html/holders21.csv': '2022-05-11', 'html/legislators.csv': '2022-05-22' } },
  { repository: 'every-politician-scrapers/finland-cabinet', commit: '56412ba38703d3181b5dd5675b8410b95f6a5487', path: 'html/current.csv', date: '2022-07-04', country: 'Finland', otherNames: { 'html/holders21.csv': '2022-07-29', 'html/legislators.csv': '2022-07-29' } },
  { repository: 'every-politician-scrapers/france-cabinet', commit: '7ff37baf3297a83711c90ac84b1d3b2ecb50a541', path: 'html/current.csv', date: '2022-07-20', country: 'France', otherNames: { 'html/holders21.csv': '2022-07-23', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/georgia-ministers', commit: 'e843205baddb9cd7321170ede5d08210b1bf6c78', path: 'html/current.csv', date: '2022-08-02', country: 'Georgia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/ghana-ministers', commit: '6301043ab47efa25fa0c944b6a4b523ea5a2eebe', path: 'html/current.csv', date: '2022-07-04', country: 'Ghana', otherNames: { 'html/holders21.csv': '2022-07-05', 'html/legislators.csv': '2022-07-20' } },
  { repository: 'every-politician-scrapers/greece-cabinet', commit: '34bf1d17b4c2afa95e6063f93742e53f3d4c7454', path: 'html/current.csv', date: '2022-06-22', country: 'Greece', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/grenada', commit: '788288e53c9786149a700e17a8da4fd81946c361', path: 'html/current.csv', date: '2022-10-20', country: 'Grenada', otherNames: { 'html/holders21.csv': '2022-10-21', 'html/legislators.csv': '2022-10-20' } },
  { repository: 'every-politician-scrapers/guatemala-ministers', commit: '573ce9cfca81ffa8bdcbb90dd74abf789899a4be', path: 'html/current.csv', date: '2022-07-27', country: 'Guatemala', otherNames: { 'html/holders21.csv': '2022-07-27', 'html/legislators.csv': '2022-01-15' } },
  { repository: 'every-politician-scrapers/guinea', commit: 'b6dbbddfdcd405529b096cf6e92ff16c424491b1', path: 'html/current.csv', date: '2022-11-17', country: 'Guinea', otherNames: { 'html/holders21.csv': '2022-11-18', 'html/legislators.csv': '2022-10-16' } },
  { repository: 'every-politician-scrapers/guinea-bissau', commit: 'e583fba26d30c716516e2d6b18e2dff8b708ac70', path: 'html/current.csv', date: '2022-10-09', country: 'Guinea-Bissau', otherNames: { 'html/holders21.csv': '2022-10-09', 'html/legislators.csv': '2022-10-09' } },
  { repository: 'every-politician-scrapers/guyana', commit: '5be5ff6678eb3d6389388378c67abb50a032b4e9', path: 'html/current.csv', date: '2022-10-10', country: 'Guyana', otherNames: { 'html/holders21.csv': '2022-10-10', 'html/legislators.csv': '2022-10-10' } },
  { repository: 'every-politician-scrapers/hong-kong', commit: '1512e32bdfc161dad75ab6b1d83a4c8af40c3834', path: 'html/current.csv', date: '2022-07-20', country: 'Hong Kong', otherNames: { 'html/holders21.csv': '2022-07-27', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/hungary-cabinet', commit: 'aee95092e592403fee7a5d87f0d6b8eeeda1e9ca', path: 'html/current.csv', date: '2022-06-22', country: 'Hungary', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-18' } },
  { repository: 'every-politician-scrapers/iceland-cabinet', commit: '5d4921f29f5df2c617b8bbce6cb74f466b608006', path: 'html/current.csv', date: '2022-03-26', country: 'Iceland', otherNames: { 'html/holders21.csv': '2022-03-26', 'html/legislators.csv': '2022-06-15' } },
  { repository: 'every-politician-scrapers/india-ministers', commit: '66f344bbf207d35eaa3225edf5584ae0bb164fe8', path: 'html/current.csv', date: '2022-07-18', country: 'India', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/indonesia-ministers', commit: '66eaaf57191eff7e9d28eea926358bf83d443114', path: 'html/current.csv', date: '2022-07-05', country: 'Indonesia', otherNames: { 'html/holders21.csv': '2022-07-23', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/iran-ministers', commit: 'a8e7c2fb16372b8b77a09303ae27d46a9ea21e67', path: 'html/current.csv', date: '2022-07-05', country: 'Iran', otherNames: { 'html/holders21.csv': '2022-07-05', 'html/legislators.csv': '2022-07-09' } },
  { repository: 'every-politician-scrapers/iraq-ministers', commit: 'ab7f90c8298be91e36248b2ca5d7f268cee0b173', path: 'html/current.csv', date: '2022-08-02', country: 'Iraq', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/ireland-ministers', commit: '562aee81a3802e59acc4cf21c8fce6a8ca35f76e', path: 'html/current.csv', date: '2022-06-02', country: 'Ireland', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-16' } },
  { repository: 'every-politician-scrapers/israel-ministers', commit: '81da8707e865df568c7ba8b0b89bf95e7ffd4ae1', path: 'html/current.csv', date: '2022-07-27', country: 'Israel', otherNames: { 'html/holders21.csv': '2022-07-27', 'html/legislators.csv': '2022-07-29' } },
  { repository: 'every-politician-scrapers/italy-ministers', commit: '4f9e038f62f3c71f737fd7e30a4e35df1686f4eb', path: 'html/current.csv', date: '2022-07-22', country: 'Italy', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/ivory-coast', commit: '44222480d31935982732e89a451ff590841f834f', path: 'html/current.csv', date: '2022-11-08', country: 'Ivory Coast', otherNames: { 'html/holders21.csv': '2022-11-08', 'html/legislators.csv': '2022-10-21' } },
  { repository: 'every-politician-scrapers/jamaica-ministers', commit: 'f5c6abbdb4d9d0799242d2e7219e9e9d20d5c172', path: 'html/current.csv', date: '2022-07-17', country: 'Jamaica', otherNames: { 'html/holders21.csv': '2022-07-17', 'html/legislators.csv': '2022-03-25' } },
  { repository: 'every-politician-scrapers/japan-ministers', commit: '8ba3cb1992bee87f5b8dc566da87db2be8550a1a', path: 'html/current.csv', date: '2022-07-13', country: 'Japan', otherNames: { 'html/holders21.csv': '2022-07-21', 'html/legislators.csv': '2022-07-21' } },
  { repository: 'every-politician-scrapers/jordan-ministers', commit: '34bc64166cbe64a6a784a7b134f2fd55872fa5f7', path: 'html/current.csv', date: '2022-07-05', country: 'Jordan', otherNames: { 'html/holders21.csv': '2022-07-05', 'html/legislators.csv': '2021-12-27' } },
  { repository: 'every-politician-scrapers/kazakhstan-cabinet', commit: 'caf651f97dc0efed4955887c17fd6fadcdf7b111', path: 'html/current.csv', date: '2022-07-13', country: 'Kazakhstan', otherNames: { 'html/holders21.csv': '2022-07-13', 'html/legislators.csv': '2022-07-10' } },
  { repository: 'every-politician-scrapers/kenya', commit: '845fa144b1aa18652748624528d836b81e51b7d0', path: 'html/current.csv', date: '2022-08-02', country: 'Kenya', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-03' } },
  { repository: 'every-politician-scrapers/kiribati-ministers', commit: 'b70c47d96b48cc0841a058db0c98339b8f44db93', path: 'html/current.csv', date: '2022-04-21', country: 'Kiribati', otherNames: { 'html/holders21.csv': '2022-04-21', 'html/legislators.csv': '2022-04-21' } },
  { repository: 'every-politician-scrapers/kosovo-cabinet', commit: '66ca1f4176783fd77323a1f630723bd06b18abb0', path: 'html/current.csv', date: '2022-07-04', country: 'Kosovo', otherNames: { 'html/holders21.csv': '2022-07-08', 'html/legislators.csv': '2022-07-08' } },
  { repository: 'every-politician-scrapers/kuwait-ministers', commit: 'e663bce8539370de83f3f06eecb0e8d4ec50b14e', path: 'html/current.csv', date: '2022-07-05', country: 'Kuwait', otherNames: { 'html/holders21.csv': '2022-07-05', 'html/legislators.csv': '2022-03-22' } },
  { repository: 'every-politician-scrapers/kyrgyzstan-ministers', commit: 'd8ff9828032fbb0e1f41920dd6af8c5c08a26a67', path: 'html/current.csv', date: '2022-08-02', country: 'Kyrgyzstan', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/latvia-cabinet', commit: '5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45', path: 'html/current.csv', date: '2022-05-30', country: 'Latvia', otherNames: { 'html/holders21.csv': '2022-06-20', 'html/legislators.csv': '2022-07-19' } },
  { repository: 'every-politician-scrapers/lesotho-ministers', commit: '2bf90c00c69fcab9495ba32ea035a91c85decea9', path: 'html/current.csv', date: '2022-08-02', country: 'Lesotho', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/liberia-ministers', commit: '51d0030249649de5a8b1ca9e0f7be25a4402e3c9', path: 'html/current.csv', date: '2022-04-26', country: 'Liberia', otherNames: { 'html/holders21.csv': '2022-06-26', 'html/legislators.csv': '2022-05-02' } },
  { repository: 'every-politician-scrapers/libya', commit: 'a1e875f47b78a8e3843b5e5a086dda8b963d2162', path: 'html/current.csv', date: '2022-10-28', country: 'Libya', otherNames: { 'html/holders21.csv': '2022-10-28', 'html/legislators.csv': '2022-10-20' } },
  { repository: 'every-politician-scrapers/liechtenstein-ministers', commit: 'e95c566cc81a5e5ba113435efbe3697832d91a62', path: 'html/current.csv', date: '2021-12-26', country: 'Liechtenstein', otherNames: { 'html/holders21.csv': '2022-03-02', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/lithuania', commit: '2743892fbc8f4eca6fc0b2ead37936dc8d5229d9', path: 'html/current.csv', date: '2022-08-02', country: 'Lithuania', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/luxembourg-cabinet', commit: '7b920a2e507deea1887539f7ebb4fea0db43e7da', path: 'html/current.csv', date: '2022-06-05', country: 'Luxembourg', otherNames: { 'html/holders21.csv': '2022-06-26', 'html/legislators.csv': '2022-06-05' } },
  { repository: 'every-politician-scrapers/malawi-ministers', commit: '34b3699bdd5c240cb4c228b361cdf5192a14d993', path: 'html/current.csv', date: '2022-06-10', country: 'Malawi', otherNames: { 'html/holders21.csv': '2022-06-10', 'html/legislators.csv': '2022-02-28' } },
  { repository: 'every-politician-scrapers/malaysia-ministers', commit: 'bab25025f0c68e7c1c623e0ee7e4888032550e16', path: 'html/current.csv', date: '2022-04-09', country: 'Malaysia', otherNames: { 'html/holders21.csv': '2022-05-02', 'html/legislators.csv': '2022-07-13' } },
  { repository: 'every-politician-scrapers/maldives-ministers', commit: '8de4a9140f5ab0f57ed4a40f467975039d615001', path: 'html/current.csv', date: '2022-06-29', country: 'Maldives', otherNames: { 'html/holders21.csv': '2022-06-29', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/malta-ministers', commit: '4cba0680d5436b0befc248615f230087fbd45be4', path: 'html/current.csv', date: '2022-07-16', country: 'Malta', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-25' } },
  { repository: 'every-politician-scrapers/marshall-islands-ministers', commit: '9cc730d5cc128a5c2e96b3139406c40a033d506d', path: 'html/current.csv', date: '2022-05-16', country: 'Marshall Islands', otherNames: { 'html/holders21.csv': '2022-05-16', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/mauritania', commit: 'd3f467cdef94a4ec1525fbbb0444977df7af0ecc', path: 'html/current.csv', date: '2022-09-30', country: 'Mauritania', otherNames: { 'html/holders21.csv': '2022-09-30', 'html/legislators.csv': '2022-09-30' } },
  { repository: 'every-politician-scrapers/mauritius-ministers', commit: '78b132eb7142c1b648515064a5c011e7d1519b04', path: 'html/current.csv', date: '2022-06-20', country: 'Mauritius', otherNames: { 'html/holders21.csv': '2022-06-20', 'html/legislators.csv': '2022-02-22' } },
  { repository: 'every-politician-scrapers/mexico-ministers', commit: '87f5ae7dc992a800173a7c9de53ccbe25661dc61', path: 'html/current.csv', date: '2022-07-14', country: 'Mexico', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-20' } },
  { repository: 'every-politician-scrapers/micronesia-ministers', commit: '766d9db7fcf2c7ce7bcfcd30dd24af87fd45075d', path: 'html/current.csv', date: '2022-08-02', country: 'Micronesia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/moldova-ministers', commit: '8f20086e5f2cc7b6019a841225e3c9e323c8d19d', path: 'html/current.csv', date: '2022-07-11', country: 'Moldova', otherNames: { 'html/holders21.csv': '2022-07-11', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/mongolia-ministers', commit: '08e9b68cedfb11a78520087efd6146f4eac0a239', path: 'html/current.csv', date: '2022-08-02', country: 'Mongolia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/montenegro-cabinet', commit: '8ba0dd381b8c18ead1b8772c5bfddf9b6d83b246', path: 'html/current.csv', date: '2022-06-22', country: 'Montenegro', otherNames: { 'html/holders21.csv': '2022-07-21', 'html/legislators.csv': '2022-06-22' } },
  { repository: 'every-politician-scrapers/morocco-ministers', commit: 'b5246271b46859298b816869fd8c3ae7f658afd8', path: 'html/current.csv', date: '2022-05-20', country: 'Morocco', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2022-07-13' } },
  { repository: 'every-politician-scrapers/mozambique', commit: '4800218ca8ce02cb4d1bb3a665189fc245e27d99', path: 'html/current.csv', date: '2022-07-22', country: 'Mozambique', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-06-01' } },
  { repository: 'every-politician-scrapers/nepal-ministers', commit: '14d843634275aae72439958fd190e33ad048df17', path: 'html/current.csv', date: '2022-07-20', country: 'Nepal', otherNames: { 'html/holders21.csv': '2022-07-20', 'html/legislators.csv': '2022-06-28' } },
  { repository: 'every-politician-scrapers/netherlands-cabinet', commit: 'a542323a663b1a7232e6f8e4843eda1f019a8705', path: 'html/current.csv', date: '2022-08-02', country: 'Netherlands', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/new-zealand-cabinet', commit: 'dbf5f248a1d55fc1a111112bc904c8e7e8e26950', path: 'html/current.csv', date: '2022-06-15', country: 'New Zealand', otherNames: { 'html/holders21.csv': '2022-07-25', 'html/legislators.csv': '2022-07-29' } },
  { repository: 'every-politician-scrapers/niger-ministers', commit: '3b495ae4c954686d0cbbab4cc21063ded6ec4b6f', path: 'html/current.csv', date: '2022-08-02', country: 'Niger', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/nigeria', commit: '1f5d4aad9ba42a810e353d0d7b4378fedc4429e6', path: 'html/current.csv', date: '2022-07-03', country: 'Nigeria', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-16' } },
  { repository: 'every-politician-scrapers/north-korea', commit: '7fd4f86187b511ff8bd0b95f1fcd1c5a21e881b5', path: 'html/current.csv', date: '2022-10-11', country: 'North Korea', otherNames: { 'html/holders21.csv': '2022-10-11', 'html/legislators.csv': '2022-09-22' } },
  { repository: 'every-politician-scrapers/north-macedonia-ministers', commit: '6f680e0dc4d625b98a0f03138ae8a8ff5b31635d', path: 'html/current.csv', date: '2022-01-30', country: 'North Macedonia', otherNames: { 'html/holders21.csv': '2022-07-27', 'html/legislators.csv': '2022-06-28' } },
  { repository: 'every-politician-scrapers/norway-cabinet', commit: 'c0bc52971dac1a8734320e298a714903adae5b83', path: 'html/current.csv', date: '2022-05-26', country: 'Norway', otherNames: { 'html/holders21.csv': '2022-07-27', 'html/legislators.csv': '2022-07-27' } },
  { repository: 'every-politician-scrapers/oman', commit: 'c736fb96b1acbd3f0c652b278222e43118015cdb', path: 'html/current.csv', date: '2022-10-12', country: 'Oman', otherNames: { 'html/holders21.csv': '2022-10-12', 'html/legislators.csv': '2022-08-22' } },
  { repository: 'every-politician-scrapers/pakistan-ministers', commit: '065accdb5d8d693e89c0bc559862c10f66d443d1', path: 'html/current.csv', date: '2022-08-02', country: 'Pakistan', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/panama-ministers', commit: 'bdb92ef0f302b92faa9fa0dedeab11cbbef25366', path: 'html/current.csv', date: '2022-07-18', country: 'Panama', otherNames: { 'html/holders21.csv': '2022-07-18', 'html/legislators.csv': '2022-01-20' } },
  { repository: 'every-politician-scrapers/papua-new-guinea', commit: 'f81c26e33168f6e134c4d01d44d6110649f7baa7', path: 'html/current.csv', date: '2022-10-08', country: 'Papua New Guinea', otherNames: { 'html/holders21.csv': '2022-10-08', 'html/legislators.csv': '2022-09-14' } },
  { repository: 'every-politician-scrapers/paraguay-ministers', commit: '6bab5f74f6092aa4fde9a51e0453501ddfdd56c9', path: 'html/current.csv', date: '2022-08-02', country: 'Paraguay', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/philippines-ministers', commit: '1f396f9a8c2e3397cfe392fca350c8943aa1d5f5', path: 'html/current.csv', date: '2022-07-30', country: 'Philippines', otherNames: { 'html/holders21.csv': '2022-07-30', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/poland-cabinet', commit: 'c6b228df3eed6e9ba89f02bf424f870a66ea47a6', path: 'html/current.csv', date: '2022-07-22', country: 'Poland', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-22' } },
  { repository: 'every-politician-scrapers/portugal-cabinet', commit: '49dd0287a8d715a217ba067c04d574b2632864af', path: 'html/current.csv', date: '2022-08-02', country: 'Portugal', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/qatar-ministers', commit: 'd5009aaaf03afca33f9a6aaf672a57c1ed19746e', path: 'html/current.csv', date: '2022-07-10', country: 'Qatar', otherNames: { 'html/holders21.csv': '2022-07-10', 'html/legislators.csv': '2021-12-18' } },
  { repository: 'every-politician-scrapers/romania-cabinet', commit: '63e9c5d352fa9a477e708ecc2ac4523af9534cfe', path: 'html/current.csv', date: '2022-08-02', country: 'Romania', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/russia-cabinet', commit: '3871831d9846a16c5017acc229e003ab706202ab', path: 'html/current.csv', date: '2022-08-02', country: 'Russia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/rwanda-ministers', commit: 'aa6c19c3d4087e54df8d38f6b245da15f7f0922f', path: 'html/current.csv', date: '2022-08-02', country: 'Rwanda', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/san-marino-ministers', commit: 'b4a1cee85a5aad4fe31ac94e6a48a95fe47cc2b9', path: 'html/current.csv', date: '2022-04-02', country: 'San Marino', otherNames: { 'html/holders21.csv': '2022-07-12', 'html/legislators.csv': '2021-12-18' } },
  { repository: 'every-politician-scrapers/sao-tome-and-principe', commit: '1be2c84a3d3ec408c4a9614729985013f0bf1ee9', path: 'html/current.csv', date: '2022-11-19', country: 'São Tomé and Príncipe', otherNames: { 'html/holders21.csv': '2022-11-19', 'html/legislators.csv': '2022-11-19' } },
  { repository: 'every-politician-scrapers/saudi-ministers', commit: '566c58806bee4d91167f3dcbd19abbb596e65497', path: 'html/current.csv', date: '2022-07-05', country: 'Saudi Arabia', otherNames: { 'html/holders21.csv': '2022-07-23', 'html/legislators.csv': '2022-06-26' } },
  { repository: 'every-politician-scrapers/senegal-ministers', commit: '780217b3c6b59c29a8e18d88727f9200fb1a4953', path: 'html/current.csv', date: '2022-07-16', country: 'Senegal', otherNames: { 'html/holders21.csv': '2022-07-16', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/serbia-ministers', commit: 'a4a525577243b1a2ebc9c98de0801347aba26e52', path: 'html/current.csv', date: '2022-07-04', country: 'Serbia', otherNames: { 'html/holders21.csv': '2022-07-04', 'html/legislators.csv': '2022-01-20' } },
  { repository: 'every-politician-scrapers/sierra-leone', commit: '2c5d76f88b39b83183111d2d510f5499fe960e06', path: 'html/current.csv', date: '2022-09-15', country: 'Sierra Leone', otherNames: { 'html/holders21.csv': '2022-09-15', 'html/legislators.csv': '2022-09-15' } },
  { repository: 'every-politician-scrapers/singapore-ministers', commit: '7c68317a86e9ab14712685cc12d6e2afc028d410', path: 'html/current.csv', date: '2022-06-13', country: 'Singapore', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-30' } },
  { repository: 'every-politician-scrapers/slovakia-cabinet', commit: 'db4bf5310f557452cd6140a61739d4103c35debf', path: 'html/current.csv', date: '2022-08-02', country: 'Slovakia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/slovenia-cabinet', commit: '7a1dca9809cba7fb945c7a21154edf494d043879', path: 'html/current.csv', date: '2022-08-02', country: 'Slovenia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/solomons-ministers', commit: 'd685f954660dea55af6f1684c5a58c64e6c1d38f', path: 'html/current.csv', date: '2022-08-02', country: 'Solomon Islands', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/somalia-cabinet', commit: '7b5980d7c4b80241f31b9ceb82b601906656559b', path: 'html/current.csv', date: '2022-08-02', country: 'Somalia', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/south-africa-cabinet', commit: '0558a872c69856bba752bd3b8b3604e4e4479252', path: 'html/current.csv', date: '2022-05-23', country: 'South Africa', otherNames: { 'html/holders21.csv': '2022-07-28', 'html/legislators.csv': '2022-07-27' } },
  { repository: 'every-politician-scrapers/south-korea-ministers', commit: '6f17960017c672790f0997885e5b2ff5937305de', path: 'html/current.csv', date: '2022-08-02', country: 'South Korea', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/south-sudan', commit: '46f2f4f9e468465ced7e5bce689b7d8e0c43be32', path: 'html/current.csv', date: '2022-07-31', country: 'South Sudan', otherNames: { 'html/holders21.csv': '2022-07-31', 'html/legislators.csv': '2022-07-31' } },
  { repository: 'every-politician-scrapers/spain-ministers', commit: '1e1550ca85af4c39b71e6a462fead133849fe078', path: 'html/current.csv', date: '2022-07-21', country: 'Spain', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-21' } },
  { repository: 'every-politician-scrapers/sri-lanka-cabinet', commit: 'a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee', path: 'html/current.csv', date: '2022-07-25', country: 'Sri Lanka', otherNames: { 'html/holders21.csv': '2022-07-25', 'html/legislators.csv': '2022-07-09' } },
  { repository: 'every-politician-scrapers/st-kitts-and-nevis-cabinet', commit: '908113dbe6f8771545f220b6dcf877dbbebbf703', path: 'html/current.csv', date: '2022-07-28', country: 'Saint Kitts and Nevis', otherNames: { 'html/holders21.csv': '2022-07-28', 'html/legislators.csv': '2022-07-28' } },
  { repository: 'every-politician-scrapers/st-lucia-cabinet', commit: '4674a06432a542602e821ed3710305b9e9bb6171', path: 'html/current.csv', date: '2022-07-01', country: 'Saint Lucia', otherNames: { 'html/holders21.csv': '2022-07-01', 'html/legislators.csv': '2022-03-21' } },
  { repository: 'every-politician-scrapers/st-vincent-and-the-grenadines', commit: '700b40a315ba3b9f690b31e02ff64dd0bb001188', path: 'html/current.csv', date: '2022-11-18', country: 'Saint Vincent and the Grenadines', otherNames: { 'html/holders21.csv': '2022-11-18', 'html/legislators.csv': '2022-10-18' } },
  { repository: 'every-politician-scrapers/sudan', commit: 'bd56d436414d49f53c21baf0601962478a431ac2', path: 'html/current.csv', date: '2022-06-29', country: 'Sudan', otherNames: { 'html/holders21.csv': '2022-07-12', 'html/legislators.csv': '2022-07-27' } },
  { repository: 'every-politician-scrapers/suriname', commit: '05e451815acda25d94b89ca21d8551622cf18f4f', path: 'html/current.csv', date: '2022-09-14', country: 'Suriname', otherNames: { 'html/holders21.csv': '2022-09-16', 'html/legislators.csv': '2022-09-13' } },
  { repository: 'every-politician-scrapers/sweden-cabinet', commit: '6756a7c9de57d94b64628365d3715a344c3ad9a7', path: 'html/current.csv', date: '2022-03-15', country: 'Sweden', otherNames: { 'html/holders21.csv': '2022-07-11', 'html/legislators.csv': '2022-07-19' } },
  { repository: 'every-politician-scrapers/swiss-federal-council', commit: '7cb72efe7f83e593d6be64fa649c993c5042e49c', path: 'html/current.csv', date: '2022-08-02', country: 'Switzerland', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/syria', commit: '08fddba7b3f3beef8ac10a7201ef1ff1cc7318af', path: 'html/current.csv', date: '2022-09-15', country: 'Syria', otherNames: { 'html/holders21.csv': '2023-01-09', 'html/legislators.csv': '2022-11-01' } },
  { repository: 'every-politician-scrapers/taiwan', commit: '45c981ac5a15e4bdacfda83f77a64d275156ca4b', path: 'html/current.csv', date: '2022-12-28', country: 'Taiwan', otherNames: { 'html/holders21.csv': '2023-01-09', 'html/legislators.csv': '2022-12-28' } },
  { repository: 'every-politician-scrapers/tajikistan-ministers', commit: '3039beb43712fe80824177ea9798079233aa257f', path: 'html/current.csv', date: '2022-08-02', country: 'Tajikistan', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/tanzania-ministers', commit: '08687f4096fe6f1952764a24a09134ab45d370c8', path: 'html/current.csv', date: '2022-05-14', country: 'Tanzania', otherNames: { 'html/holders21.csv': '2022-05-14', 'html/legislators.csv': '2022-06-17' } },
  { repository: 'every-politician-scrapers/timor-leste-ministers', commit: '2162a08a38e6ff19aae0b7da19aa198eb53a95e4', path: 'html/current.csv', date: '2022-06-13', country: 'Timor-Leste', otherNames: { 'html/holders21.csv': '2022-06-13', 'html/legislators.csv': '2021-12-16' } },
  { repository: 'every-politician-scrapers/togo', commit: 'c6cc8fe9413c84f10719c5627cb750fcd4e08e4b', path: 'html/current.csv', date: '2023-01-07', country: 'Togo', otherNames: { 'html/holders21.csv': '2023-01-07', 'html/legislators.csv': '2023-01-07' } },
  { repository: 'every-politician-scrapers/tonga-ministers', commit: 'b5f2233476ebce193698e269c85dd792b362d726', path: 'html/current.csv', date: '2022-06-15', country: 'Tonga', otherNames: { 'html/holders21.csv': '2022-06-15', 'html/legislators.csv': '2022-06-19' } },
  { repository: 'every-politician-scrapers/trinidad-and-tobago-cabinet', commit: '27745264ebbf3de066b1325dd1338dd54600a601', path: 'html/current.csv', date: '2022-05-04', country: 'Trinidad and Tobago', otherNames: { 'html/holders21.csv': '2022-07-17', 'html/legislators.csv': '2022-05-11' } },
  { repository: 'every-politician-scrapers/tunisia-ministers', commit: '6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe', path: 'html/current.csv', date: '2022-05-15', country: 'Tunisia', otherNames: { 'html/holders21.csv': '2022-07-23', 'html/legislators.csv': '2022-05-18' } },
  { repository: 'every-politician-scrapers/turkey-ministers', commit: '288fbd45ee3fa59f8a226437bf43d726c9845f4f', path: 'html/current.csv', date: '2022-08-02', country: 'Turkey', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/turkmenistan', commit: 'db857efe4e49f9efb787394ca3065f3d8a462f8f', path: 'html/current.csv', date: '2022-08-13', country: 'Turkmenistan', otherNames: { 'html/holders21.csv': '2022-08-13', 'html/legislators.csv': '2022-08-12' } },
  { repository: 'every-politician-scrapers/tuvalu-ministers', commit: 'c069c26fd0c45f3587c17f7bc69ccd81d88f9e4b', path: 'html/current.csv', date: '2022-01-26', country: 'Tuvalu', otherNames: { 'html/holders21.csv': '2022-04-07', 'html/legislators.csv': '2022-01-21' } },
  { repository: 'every-politician-scrapers/uae-ministers', commit: '9478e53b0ada6f31a1877fddb499f33207efa368', path: 'html/current.csv', date: '2022-06-26', country: 'United Arab Emirates', otherNames: { 'html/holders21.csv': '2022-06-26', 'html/legislators.csv': '2022-02-19' } },
  { repository: 'every-politician-scrapers/uganda-ministers', commit: 'ed6c7e0721c8c38e177b8c9b6fdb308b2b26ce95', path: 'html/current.csv', date: '2022-08-02', country: 'Uganda', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/ukraine-cabinet', commit: '4fc6ab0f4d90d6170b674172a115f1bc98478e4b', path: 'html/current.csv', date: '2022-07-22', country: 'Ukraine', otherNames: { 'html/holders21.csv': '2022-07-22', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/united-kingdom-cabinet', commit: '3a5ec686630cbefc0fe4b96da38a2a50b52d2556', path: 'html/current.csv', date: '2022-07-21', country: 'United Kingdom', otherNames: { 'html/holders21.csv': '2022-07-23', 'html/legislators.csv': '2022-07-23' } },
  { repository: 'every-politician-scrapers/uruguay-ministers', commit: '38b3bd143359d2f70e9454b431803fbbddc09931', path: 'html/current.csv', date: '2022-07-04', country: 'Uruguay', otherNames: { 'html/holders21.csv': '2022-07-04', 'html/legislators.csv': '2022-07-17' } },
  { repository: 'every-politician-scrapers/us-cabinet', commit: '0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600', path: 'html/current.csv', date: '2022-08-02', country: 'United States', otherNames: { 'html/holders21.csv': '2022-08-02', 'html/legislators.csv': '2022-08-02' } },
  { repository: 'every-politician-scrapers/uzbekistan-ministers', commit: 'b7cd8a1eaca2bb365d5ade7bdc9870d1ed31bde9', path: 'html/current.csv', date: '2022-07-19', country: 'Uzbekistan', otherNames: { 'html/holders21.csv': '2022-07-19', 'html/legislators.csv': '2022-01-20' } },
  { repository: 'every-politician-scrapers/vanuatu-cabinet', commit: 'f21a251001fb6a2129876fb2a2f867772c59aefd', path: 'html/current.csv', date: '2022-07-28', country: 'Vanuatu', otherNames: { 'html/holders21.csv': '2022-07-28', 'html/legislators.csv': '2022-02-04' } },
  { repository: 'every-politician-scrapers/venezuela', commit: '468bc47dfe82a6912833f85ccb15888baa132a6c', path: 'html/current.csv', date: '2023-01-03', country: 'Venezuela', otherNames: { 'html/holders21.csv': '2023-01-03', 'html/legislators.csv': '2022-12-12' } },
  { repository: 'every-politician-scrapers/vietnam', commit: '906e493fe5ae307bf6184baa4fa9e48d75f9866d', path: 'html/current.csv', date: '2022-07-20', country: 'Vietnam', otherNames: { 'html/holders21.csv': '2022-07-20', 'html/legislators.csv': '2022-07-10' } },
  { repository: 'every-politician-scrapers/world', commit: '4a3b394d9a35d26d138cded8718d0805b7ce9336', path: 'html/current.csv', date: '2022-12-09', otherNames: { 'html/holders21.csv': '2023-01-10', 'html/legislators.csv': '2022-12-27' } },
  { repository: 'every-politician-scrapers/yemen', commit: '993e1a6176b9082c7053cd67ff59dc52ee71f71b', path: 'html/current.csv', date: '2022-11-20', country: 'Yemen', otherNames: { 'html/holders21.csv': '2022-12-07', 'html/legislators.csv': '2023-01-11' } },
  { repository: 'every-politician-scrapers/zambia-ministers', commit: 'e5aaa198749da6ee572efc2522908a2e697ad463', path: 'html/current.csv', date: '2022-06-28', country: 'Zambia', otherNames: { 'html/holders21.csv': '2022-06-28', 'html/legislators.csv': '2022-06-28' } },
  { repository: 'every-politician-scrapers/zimbabwe', commit: 'f991ac9839ca9297ec838f7420994fbb1c854c00', path: 'html/current.csv', date: '2022-03-21', country: 'Zimbabwe', otherNames: { 'html/holders21.csv': '2022-07-09', 'html/legislators.csv': '2022-07-30' } },
];

/**
 * Labels that are not a plain personal name: no English label (`Q3052772`), a style (`Henri, Grand
 * Duke of Luxembourg`, `Dr Taïga`), a reign (`Charles III`, `Abdullah II of Jordan`).
 */
const NOT_A_NAME = /^Q\d+$|,| of |\s[IVX]+$|"|^(?:Dr|Prof|Mr|Mrs|Ms|Hon)\.?\s/;
/** Letters of another script than the Latin one: a label in Cyrillic look-alikes (`Саrоlуn Тrеnсh-Ѕаndіfоrd`) is no name a text writes. */
const OTHER_SCRIPT = /(?![\p{Script=Latin}])\p{L}/u;
/** What a label may carry besides the name: invisible format characters, a nickname in brackets (`Panagiotis (Takis) Theodorikakos`), a generational suffix (`Albert Bryan Jr.`). */
const INVISIBLE = /\p{Cf}/gu;
const NICKNAME = /\s*\([^)]*\)/g;
const SUFFIX = /,?\s+(?:Jr|Sr)\.?$/;
/** The last word must start with a capital (a name whose label was damaged does not: `Nayib buke`). */
const LAST_WORD_CAPITALIZED = /\s\p{Lu}[^\s]*$/u;

/** A word of another person's name worth keeping: a capital and at least two small letters (`Schulz`, `Ramazan`). */
const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** The table of a source's officeholders since about 2000, read as officeholders too (its other tables are other names). */
const FORMER = 'html/holders21.csv';

/** The files to read: each source's tables, with the name each is saved under in DIR. */
const FILES = SOURCES.flatMap(({ repository, commit, path, date, otherNames = {} }) => {
  const name = repository.split('/')[1];
  return [
    { repository, commit, path, date, file: `${name}.csv` },
    ...Object.entries(otherNames).map(([other, otherDate]) => ({ repository, commit, path: other, date: otherDate, file: `${name}.${other.replace(/^.*\//, '')}`, other: true })),
  ];
});

if (process.argv[2] === '--sources') {
  for (const { repository, commit, path, file } of FILES) process.stdout.write(`${repository} ${commit} ${path} ${file}\n`);
  process.exit(0);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node tests/tools/import-officeholders.mjs DIR > src/data/officeholders.json (or --sources to list what to save in DIR)\n');
  process.exit(2);
}

const people = new Map();
for (const source of SOURCES) {
  const name = source.repository.split('/')[1];
  // The officeholders of now, then those since about 2000 (holders21): former ministers and
  // heads of government are named in the news as often, and a name the lexicon knows is never
  // read as a misspelling of another.
  const tables = [`${name}.csv`, ...(source.otherNames?.[FORMER] ? [`${name}.${FORMER.replace(/^.*\//, '')}`] : [])];
  const rows = tables.flatMap((file) => parseCsv(readFileSync(join(dir, file), 'utf8')));
  for (const row of rows) {
    const name = plainName(row.officeholderLabel ?? row.person ?? '');
    const id = row.officeholder ?? row.personID;
    if (!isPersonalName(name)) continue;
    const start = (row.start_year ?? row.start ?? '').slice(0, 4);
    const end = (row.end_year ?? row.end ?? '').slice(0, 4);
    // A cabinet's position is its own (`Minister of Finance`): the country is added. world-leaders
    // labels name the country already; world's positions are international (`Secretary-General of the United Nations`).
    const where = source.country ? `${row.position}, ${source.country}` : (row.positionLabel ?? row.position);
    const position = `${where[0].toUpperCase()}${where.slice(1)} (${start}–${end})`;
    const person = people.get(id) ?? { name, wikidata: id, positions: [] };
    if (!person.positions.includes(position)) person.positions.push(position);
    people.set(id, person);
  }
}

const otherNames = nearKnownNames(readOtherNameWords(), [...people.values()].map((person) => person.name));

const out = {
  $comment:
    'Heads of state and government, cabinet members and holders of high office since about 2000, as correct names to match near misses against, and (otherNames) the words of the names of other real people, legislators, that are a near miss of a known first name or surname: never read as misspellings. Generated by tests/tools/import-officeholders.mjs from the every-politician-scrapers repositories listed in `sources` (Wikidata query results; Wikidata data is CC0 1.0). Positions carry the years the source gave; an open end means the person held it when the source was taken. Do not edit by hand: rerun the tool.',
  sources: FILES.map(({ repository, commit, path, date }) => ({ repository, commit, path, date })),
  people: [...people.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  otherNames,
};
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);

/** Whether a label, made plain, is a personal name the lexicon can use (see NOT_A_NAME and the rest). */
function isPersonalName(name) {
  return name !== '' && !NOT_A_NAME.test(name) && !OTHER_SCRIPT.test(name) && (!name.includes(' ') || LAST_WORD_CAPITALIZED.test(name));
}

/** The words of the names in the tables of other people (see SOURCES), as NAME_WORD reads a word. */
function readOtherNameWords() {
  const words = new Set();
  for (const { file, other, path } of FILES) {
    if (!other || path === FORMER) continue;
    for (const row of parseCsv(readFileSync(join(dir, file), 'utf8'))) {
      const name = plainName(row.person ?? '');
      if (isPersonalName(name)) for (const word of name.split(/[\s-]+/)) if (NAME_WORD.test(word)) words.add(word);
    }
  }
  return words;
}

/**
 * The words that name-near-miss could take for a misspelling of a known first name or surname
 * (of an officeholder, or of a person of src/data/names.json), sorted: the same initial and, as
 * that rule counts, at most one edit from a first name or a surname of five letters or fewer and
 * two from a longer one (a swap of two letters is one edit). Words of known names are not kept.
 */
function nearKnownNames(words, officeholderNames) {
  const entries = JSON.parse(readFileSync(new URL('../../src/data/names.json', import.meta.url), 'utf8')).entries;
  const names = [...officeholderNames, ...entries.filter((entry) => entry.kind === 'person').flatMap((entry) => [entry.name, ...Object.keys(entry.forms)])];
  const known = new Set(entries.flatMap((entry) => [entry.name, ...Object.keys(entry.forms)]).flatMap((form) => form.split(/[\s-]+/)));
  const limits = new Map(); // known first name or surname → how far a near miss of it may be
  for (const name of names) {
    const parts = name.split(' ');
    for (const word of name.split(/[\s-]+/)) known.add(word);
    if (parts.length < 2) continue;
    const [first, last] = [parts[0], parts[parts.length - 1]];
    limits.set(first, Math.max(limits.get(first) ?? 0, 1));
    limits.set(last, Math.max(limits.get(last) ?? 0, last.length <= 5 ? 1 : 2));
  }
  const byInitial = new Map();
  for (const [name, limit] of limits) byInitial.set(name[0], [...(byInitial.get(name[0]) ?? []), [name, limit]]);
  const near = [];
  for (const word of words) {
    if (known.has(word)) continue;
    const candidates = byInitial.get(word[0]) ?? [];
    if (candidates.some(([name, limit]) => Math.abs(name.length - word.length) <= limit && distance(word, name, limit) <= limit)) near.push(word);
  }
  return near.sort();
}

/** Edit distance with swaps of two neighbouring letters counted as one (optimal string alignment), or `limit + 1` when past it. */
function distance(a, b, limit) {
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let cell = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, before[j - 2] + 1);
      row.push(cell);
      best = Math.min(best, cell);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/** The label without invisible characters, a nickname or a suffix: `Albert Bryan Jr.` → `Albert Bryan`. */
function plainName(label) {
  return label.replace(INVISIBLE, '').replace(NICKNAME, '').trim().replace(SUFFIX, '');
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  const [header, ...rows] = records;
  return rows.filter((row) => row.length === header.length).map((row) => Object.fromEntries(header.map((key, i) => [key, row[i]])));
}
