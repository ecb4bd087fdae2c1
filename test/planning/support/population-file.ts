/** Projections of the population aged 65+ (hand-made): Leeds 100,000 → 120,000 (2030) → 130,000 (2035); Bradford 50,000 (2025) → 75,000 (2035). */
export const PROJECTION_65 = [
  'area_code,year,age_band,count,source',
  '212,2025,65+,100000,ONS 2018-based SNPP table 2',
  '212,2030,65+,120000,ONS 2018-based SNPP table 2',
  '212,2035,65+,130000,ONS 2018-based SNPP table 2',
  '209,2025,65+,50000,ONS 2018-based SNPP table 2',
  '209,2035,65+,75000,ONS 2018-based SNPP table 2',
].join('\n');
