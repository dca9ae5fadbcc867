// Places that world news names every day: capitals and large cities, chosen by hand. With the
// countries that take no article they are the lexicon's places (src/lexicon/sources.ts), which tell
// a place from an ordinary word the English word list also holds ("Geneva" is a gin, "Nice" an adjective).
export const CITIES: readonly string[] = [
  'Abu Dhabi', 'Abuja', 'Accra', 'Addis Ababa', 'Aleppo', 'Algiers', 'Amman', 'Amsterdam', 'Ankara', 'Antwerp',
  'Astana', 'Athens', 'Atlanta', 'Avdiivka', 'Baghdad', 'Baku', 'Bakhmut', 'Bamako', 'Bangkok', 'Barcelona',
  'Basra', 'Beijing', 'Beirut', 'Belgorod', 'Belgrade', 'Benghazi', 'Berlin', 'Bern', 'Bogota', 'Bologna',
  'Bonn', 'Boston', 'Bratislava', 'Brasilia', 'Bremen', 'Brussels', 'Bucharest', 'Budapest', 'Buenos Aires',
  'Cairo', 'Canberra', 'Cape Town', 'Caracas', 'Casablanca', 'Chicago', 'Chisinau', 'Cologne', 'Copenhagen',
  'Crimea', 'Dakar', 'Damascus', 'Davos', 'Delhi', 'Dhaka', 'Dnipro', 'Doha', 'Donbas', 'Donbass', 'Donetsk',
  'Dubai', 'Dublin', 'Dusseldorf', 'Edinburgh', 'Florence', 'Frankfurt', 'Gaza', 'Gdansk', 'Geneva', 'Genoa',
  'Glasgow', 'Hamburg', 'Hanoi', 'Havana', 'Helsinki', 'Hiroshima', 'Hong Kong', 'Houston', 'Islamabad',
  'Istanbul', 'Jakarta', 'Jeddah', 'Jerusalem', 'Johannesburg', 'Kabul', 'Kaliningrad', 'Karachi',
  'Kathmandu', 'Kazan', 'Kharkiv', 'Kharkov', 'Kherson', 'Khartoum', 'Kiev', 'Kinshasa', 'Kyiv', 'Krakow',
  'Kuala Lumpur', 'Kursk', 'Lagos', 'Lahore', 'Lima', 'Lisbon', 'Ljubljana', 'London', 'Los Angeles',
  'Luhansk', 'Lugansk', 'Luxembourg', 'Lviv', 'Lyon', 'Madrid', 'Manchester', 'Manila', 'Mariupol',
  'Marseille', 'Mecca', 'Melbourne', 'Mexico City', 'Miami', 'Milan', 'Minsk', 'Mogadishu', 'Montreal',
  'Moscow', 'Mosul', 'Mumbai', 'Munich', 'Nairobi', 'Naples', 'New Delhi', 'New York', 'Nice', 'Nicosia',
  'Odesa', 'Odessa', 'Osaka', 'Oslo', 'Ottawa', 'Palermo', 'Paris', 'Podgorica', 'Prague',
  'Pretoria', 'Pristina', 'Pyongyang', 'Rabat', 'Rafah', 'Ramallah', 'Riga', 'Rio de Janeiro', 'Riyadh',
  'Rome', 'Rotterdam', 'Saint Petersburg', 'San Francisco', 'Santiago', 'Sarajevo', 'Seoul', 'Sevastopol',
  'Seville', 'Shanghai', 'Singapore', 'Skopje', 'Sofia', 'Stockholm', 'Strasbourg', 'Stuttgart', 'Sydney',
  'Taipei', 'Tallinn', 'Tashkent', 'Tbilisi', 'Tehran', 'Tel Aviv', 'The Hague', 'Tirana', 'Tokyo', 'Toronto',
  'Tripoli', 'Tunis', 'Turin', 'Valencia', 'Valletta', 'Vancouver', 'Venice', 'Vienna', 'Vilnius', 'Warsaw',
  'Washington', 'Wellington', 'Yerevan', 'Zagreb', 'Zaporizhzhia', 'Zurich',
];
