/**
 * The words the seed generator builds names from: Korean names as the program publishes them, each
 * with the English rendering a partner agency would use (`nameEn`). Plain data, no randomness.
 */
import type { Agency, CertificationScheme, CompanySize, InstitutionType, ProductField } from "../domain/enums.js";

/** A Korean name and its English rendering. */
export interface Term {
  name: string;
  nameEn: string;
}

// ---------------------------------------------------------------------------------------------------
// Regions (광역자치단체), as the program's records spell them.

export interface Region extends Term {
  /** As compounds use it: 경남본부, 충북교육청. */
  shortName: string;
  /** Relative share of innovative SMEs based there (the capital area and Daejeon lead). */
  companyWeight: number;
}

export const regions: readonly Region[] = [
  { name: "서울특별시", shortName: "서울", nameEn: "Seoul", companyWeight: 18 },
  { name: "부산광역시", shortName: "부산", nameEn: "Busan", companyWeight: 5 },
  { name: "대구광역시", shortName: "대구", nameEn: "Daegu", companyWeight: 4 },
  { name: "인천광역시", shortName: "인천", nameEn: "Incheon", companyWeight: 6 },
  { name: "광주광역시", shortName: "광주", nameEn: "Gwangju", companyWeight: 3 },
  { name: "대전광역시", shortName: "대전", nameEn: "Daejeon", companyWeight: 7 },
  { name: "울산광역시", shortName: "울산", nameEn: "Ulsan", companyWeight: 3 },
  { name: "세종특별자치시", shortName: "세종", nameEn: "Sejong", companyWeight: 1 },
  { name: "경기도", shortName: "경기", nameEn: "Gyeonggi-do", companyWeight: 28 },
  { name: "강원특별자치도", shortName: "강원", nameEn: "Gangwon-do", companyWeight: 2 },
  { name: "충청북도", shortName: "충북", nameEn: "Chungcheongbuk-do", companyWeight: 5 },
  { name: "충청남도", shortName: "충남", nameEn: "Chungcheongnam-do", companyWeight: 5 },
  { name: "전북특별자치도", shortName: "전북", nameEn: "Jeonbuk-do", companyWeight: 2 },
  { name: "전라남도", shortName: "전남", nameEn: "Jeollanam-do", companyWeight: 2 },
  { name: "경상북도", shortName: "경북", nameEn: "Gyeongsangbuk-do", companyWeight: 5 },
  { name: "경상남도", shortName: "경남", nameEn: "Gyeongsangnam-do", companyWeight: 6 },
  { name: "제주특별자치도", shortName: "제주", nameEn: "Jeju-do", companyWeight: 1 },
];

/** Cities and counties (기초자치단체) that buy for themselves, with their province. */
export interface City extends Term {
  region: string;
}

export const cities: readonly City[] = [
  { name: "수원시", nameEn: "Suwon", region: "경기도" },
  { name: "성남시", nameEn: "Seongnam", region: "경기도" },
  { name: "고양시", nameEn: "Goyang", region: "경기도" },
  { name: "용인시", nameEn: "Yongin", region: "경기도" },
  { name: "화성시", nameEn: "Hwaseong", region: "경기도" },
  { name: "안산시", nameEn: "Ansan", region: "경기도" },
  { name: "평택시", nameEn: "Pyeongtaek", region: "경기도" },
  { name: "시흥시", nameEn: "Siheung", region: "경기도" },
  { name: "파주시", nameEn: "Paju", region: "경기도" },
  { name: "김포시", nameEn: "Gimpo", region: "경기도" },
  { name: "춘천시", nameEn: "Chuncheon", region: "강원특별자치도" },
  { name: "원주시", nameEn: "Wonju", region: "강원특별자치도" },
  { name: "강릉시", nameEn: "Gangneung", region: "강원특별자치도" },
  { name: "청주시", nameEn: "Cheongju", region: "충청북도" },
  { name: "충주시", nameEn: "Chungju", region: "충청북도" },
  { name: "천안시", nameEn: "Cheonan", region: "충청남도" },
  { name: "아산시", nameEn: "Asan", region: "충청남도" },
  { name: "당진시", nameEn: "Dangjin", region: "충청남도" },
  { name: "전주시", nameEn: "Jeonju", region: "전북특별자치도" },
  { name: "군산시", nameEn: "Gunsan", region: "전북특별자치도" },
  { name: "익산시", nameEn: "Iksan", region: "전북특별자치도" },
  { name: "목포시", nameEn: "Mokpo", region: "전라남도" },
  { name: "여수시", nameEn: "Yeosu", region: "전라남도" },
  { name: "순천시", nameEn: "Suncheon", region: "전라남도" },
  { name: "나주시", nameEn: "Naju", region: "전라남도" },
  { name: "포항시", nameEn: "Pohang", region: "경상북도" },
  { name: "구미시", nameEn: "Gumi", region: "경상북도" },
  { name: "경주시", nameEn: "Gyeongju", region: "경상북도" },
  { name: "안동시", nameEn: "Andong", region: "경상북도" },
  { name: "창원시", nameEn: "Changwon", region: "경상남도" },
  { name: "진주시", nameEn: "Jinju", region: "경상남도" },
  { name: "김해시", nameEn: "Gimhae", region: "경상남도" },
  { name: "양산시", nameEn: "Yangsan", region: "경상남도" },
  { name: "거제시", nameEn: "Geoje", region: "경상남도" },
  { name: "제주시", nameEn: "Jeju", region: "제주특별자치도" },
  { name: "서귀포시", nameEn: "Seogwipo", region: "제주특별자치도" },
  { name: "강남구", nameEn: "Gangnam-gu", region: "서울특별시" },
  { name: "송파구", nameEn: "Songpa-gu", region: "서울특별시" },
  { name: "마포구", nameEn: "Mapo-gu", region: "서울특별시" },
  { name: "해운대구", nameEn: "Haeundae-gu", region: "부산광역시" },
  { name: "수성구", nameEn: "Suseong-gu", region: "대구광역시" },
  { name: "연수구", nameEn: "Yeonsu-gu", region: "인천광역시" },
  { name: "유성구", nameEn: "Yuseong-gu", region: "대전광역시" },
  { name: "울주군", nameEn: "Ulju-gun", region: "울산광역시" },
  { name: "광산구", nameEn: "Gwangsan-gu", region: "광주광역시" },
];

// ---------------------------------------------------------------------------------------------------
// Designating agencies.

export interface AgencyTerm extends Term {
  agency: Agency;
  /** How round titles abbreviate the ministry (산업부, 중기부, …). */
  shortName: string;
}

export const agencies: Record<Agency, AgencyTerm> = {
  MOTIE: { agency: "MOTIE", name: "산업통상자원부", nameEn: "Ministry of Trade, Industry and Energy", shortName: "산업부" },
  MSS: { agency: "MSS", name: "중소벤처기업부", nameEn: "Ministry of SMEs and Startups", shortName: "중기부" },
  PPS: { agency: "PPS", name: "조달청", nameEn: "Public Procurement Service", shortName: "조달청" },
  MSIT: { agency: "MSIT", name: "과학기술정보통신부", nameEn: "Ministry of Science and ICT", shortName: "과기정통부" },
  ME: { agency: "ME", name: "환경부", nameEn: "Ministry of Environment", shortName: "환경부" },
  MOLIT: { agency: "MOLIT", name: "국토교통부", nameEn: "Ministry of Land, Infrastructure and Transport", shortName: "국토부" },
};

/** A round's title, e.g. "2025년 산업부 우수연구개발 혁신제품 지정 (1차)"; PPS designates innovation prototypes. */
export function roundTitle(agency: Agency, year: number, ordinal = 1): string {
  const programme = agency === "PPS" ? "혁신시제품" : "우수연구개발 혁신제품";
  return `${year}년 ${agencies[agency].shortName} ${programme} 지정 (${ordinal}차)`;
}

// ---------------------------------------------------------------------------------------------------
// Products, per field: what they are, how they are described, what they cost.

export interface ProductKind extends Term {
  /** The G2B item classification (물품분류번호, 8 digits) that opens the item identification number. */
  itemClass: string;
  /** Typical unit price range in won. */
  unitPrice: readonly [number, number];
}

export interface FieldVocabulary {
  modifiers: readonly Term[];
  kinds: readonly ProductKind[];
  /** Features a description names, e.g. 실시간 원격 모니터링 / real-time remote monitoring. */
  features: readonly Term[];
  /** Certification schemes a product of this field typically needs. */
  schemes: readonly CertificationScheme[];
  /** Company-name endings that suit a maker in this field (테크 / Tech is added for every field). */
  companySuffixes: readonly Term[];
}

export const productFields: Record<ProductField, FieldVocabulary> = {
  ELECTRICAL: {
    modifiers: [
      { name: "스마트", nameEn: "Smart" },
      { name: "고효율", nameEn: "High-Efficiency" },
      { name: "IoT 기반", nameEn: "IoT-Enabled" },
      { name: "저손실", nameEn: "Low-Loss" },
      { name: "원격 감시형", nameEn: "Remotely Monitored" },
      { name: "친환경", nameEn: "Eco-Friendly" },
    ],
    kinds: [
      { name: "LED 가로등", nameEn: "LED Streetlight", itemClass: "39111609", unitPrice: [600_000, 2_500_000] },
      { name: "배전반", nameEn: "Distribution Switchboard", itemClass: "39121101", unitPrice: [8_000_000, 60_000_000] },
      { name: "누전 차단기", nameEn: "Residual Current Circuit Breaker", itemClass: "39121601", unitPrice: [80_000, 600_000] },
      { name: "전기차 충전기", nameEn: "EV Charger", itemClass: "39121011", unitPrice: [3_000_000, 40_000_000] },
      { name: "무정전 전원장치", nameEn: "Uninterruptible Power Supply", itemClass: "39121017", unitPrice: [2_000_000, 50_000_000] },
      { name: "몰드 변압기", nameEn: "Cast-Resin Transformer", itemClass: "39121003", unitPrice: [20_000_000, 300_000_000] },
      {
        name: "아크 감지 화재 예방 장치",
        nameEn: "Arc-Fault Fire Prevention Device",
        itemClass: "46191601",
        unitPrice: [300_000, 3_000_000],
      },
    ],
    features: [
      { name: "실시간 원격 감시", nameEn: "real-time remote monitoring" },
      { name: "전력 손실 저감", nameEn: "reduced power loss" },
      { name: "과부하 자동 차단", nameEn: "automatic overload cut-off" },
      { name: "아크 및 누설 전류 감지", nameEn: "arc and leakage-current detection" },
      { name: "모듈식 유지보수 구조", nameEn: "a modular, easy-to-service design" },
    ],
    schemes: ["KC", "KS", "CE", "UL", "CB"],
    companySuffixes: [
      { name: "전기", nameEn: "Electric" },
      { name: "전력", nameEn: "Power" },
      { name: "일렉트릭", nameEn: "Electric" },
    ],
  },
  ELECTRONIC: {
    modifiers: [
      { name: "스마트", nameEn: "Smart" },
      { name: "AI 기반", nameEn: "AI-Powered" },
      { name: "휴대용", nameEn: "Portable" },
      { name: "고정밀", nameEn: "High-Precision" },
      { name: "실시간", nameEn: "Real-Time" },
      { name: "무선", nameEn: "Wireless" },
    ],
    kinds: [
      { name: "수질 측정기", nameEn: "Water Quality Analyzer", itemClass: "41115301", unitPrice: [8_000_000, 60_000_000] },
      { name: "미세먼지 측정기", nameEn: "Fine Dust Monitor", itemClass: "41115307", unitPrice: [2_000_000, 20_000_000] },
      { name: "열화상 카메라", nameEn: "Thermal Imaging Camera", itemClass: "46171610", unitPrice: [3_000_000, 30_000_000] },
      { name: "오실로스코프", nameEn: "Oscilloscope", itemClass: "41113002", unitPrice: [5_000_000, 40_000_000] },
      {
        name: "전자파 측정 시스템",
        nameEn: "Electromagnetic Field Measurement System",
        itemClass: "41113608",
        unitPrice: [50_000_000, 600_000_000],
      },
      { name: "레이더 수위계", nameEn: "Radar Water Level Gauge", itemClass: "41112501", unitPrice: [4_000_000, 25_000_000] },
      { name: "가스 누출 감지기", nameEn: "Gas Leak Detector", itemClass: "41113104", unitPrice: [500_000, 5_000_000] },
    ],
    features: [
      { name: "실시간 원격 모니터링", nameEn: "real-time remote monitoring" },
      { name: "자동 교정", nameEn: "automatic calibration" },
      { name: "저전력 무선 통신", nameEn: "low-power wireless communication" },
      { name: "측정 데이터 클라우드 연동", nameEn: "cloud upload of measurement data" },
      { name: "고감도 센서 모듈", nameEn: "a high-sensitivity sensor module" },
    ],
    schemes: ["KC", "CE", "FCC", "UL", "CB"],
    companySuffixes: [
      { name: "전자", nameEn: "Electronics" },
      { name: "계측", nameEn: "Instruments" },
      { name: "센서", nameEn: "Sensors" },
    ],
  },
  MECHANICAL: {
    modifiers: [
      { name: "자동", nameEn: "Automatic" },
      { name: "무인", nameEn: "Unmanned" },
      { name: "초정밀", nameEn: "Ultra-Precision" },
      { name: "고내구성", nameEn: "Heavy-Duty" },
      { name: "모듈형", nameEn: "Modular" },
      { name: "경량", nameEn: "Lightweight" },
    ],
    kinds: [
      { name: "협동 로봇", nameEn: "Collaborative Robot", itemClass: "23153001", unitPrice: [30_000_000, 120_000_000] },
      { name: "진동 시험기", nameEn: "Vibration Test System", itemClass: "41114401", unitPrice: [80_000_000, 900_000_000] },
      { name: "유압 구조 장비", nameEn: "Hydraulic Rescue Tool", itemClass: "46181601", unitPrice: [10_000_000, 60_000_000] },
      { name: "소방 펌프", nameEn: "Fire Pump", itemClass: "40151514", unitPrice: [20_000_000, 200_000_000] },
      { name: "머시닝 센터", nameEn: "Machining Center", itemClass: "23241601", unitPrice: [150_000_000, 1_200_000_000] },
      { name: "제설 장비", nameEn: "Snow Removal Equipment", itemClass: "22101603", unitPrice: [30_000_000, 300_000_000] },
      { name: "재난 대응 드론", nameEn: "Disaster Response Drone", itemClass: "25132001", unitPrice: [20_000_000, 150_000_000] },
    ],
    features: [
      { name: "정밀 위치 제어", nameEn: "precise position control" },
      { name: "충돌 감지 안전 기능", nameEn: "collision-detection safety" },
      { name: "유지보수 예측 진단", nameEn: "predictive maintenance diagnostics" },
      { name: "경량 고강도 프레임", nameEn: "a lightweight, high-strength frame" },
      { name: "원격 조종", nameEn: "remote operation" },
    ],
    schemes: ["KS", "KC", "CE", "UL"],
    companySuffixes: [
      { name: "기계", nameEn: "Machinery" },
      { name: "정밀", nameEn: "Precision" },
      { name: "로보틱스", nameEn: "Robotics" },
      { name: "모빌리티", nameEn: "Mobility" },
    ],
  },
  BIO: {
    modifiers: [
      { name: "신속", nameEn: "Rapid" },
      { name: "자동화", nameEn: "Automated" },
      { name: "고감도", nameEn: "High-Sensitivity" },
      { name: "휴대용", nameEn: "Portable" },
      { name: "비접촉", nameEn: "Contactless" },
    ],
    kinds: [
      { name: "체외진단 키트", nameEn: "In Vitro Diagnostic Kit", itemClass: "41116144", unitPrice: [10_000, 90_000] },
      { name: "유전자 분석기", nameEn: "Gene Analyzer", itemClass: "41106101", unitPrice: [80_000_000, 500_000_000] },
      { name: "음압 격리 장비", nameEn: "Negative-Pressure Isolation Unit", itemClass: "42131701", unitPrice: [20_000_000, 150_000_000] },
      { name: "세포 배양기", nameEn: "Cell Culture Incubator", itemClass: "41104901", unitPrice: [10_000_000, 80_000_000] },
      { name: "방역 소독 로봇", nameEn: "Disinfection Robot", itemClass: "47121805", unitPrice: [20_000_000, 90_000_000] },
      { name: "미생물 검출기", nameEn: "Microbial Detector", itemClass: "41115810", unitPrice: [5_000_000, 60_000_000] },
    ],
    features: [
      { name: "15분 이내 판독", nameEn: "results within 15 minutes" },
      { name: "교차 오염 방지 설계", nameEn: "a design that prevents cross-contamination" },
      { name: "자동 시료 처리", nameEn: "automatic sample handling" },
      { name: "결과 전산 연동", nameEn: "electronic reporting of results" },
      { name: "고감도 형광 검출", nameEn: "high-sensitivity fluorescence detection" },
    ],
    schemes: ["KC", "KS", "CE"],
    companySuffixes: [
      { name: "바이오", nameEn: "Bio" },
      { name: "메디칼", nameEn: "Medical" },
      { name: "헬스케어", nameEn: "Healthcare" },
      { name: "진단", nameEn: "Diagnostics" },
    ],
  },
  CHEMICAL: {
    modifiers: [
      { name: "친환경", nameEn: "Eco-Friendly" },
      { name: "저독성", nameEn: "Low-Toxicity" },
      { name: "고성능", nameEn: "High-Performance" },
      { name: "수성", nameEn: "Water-Based" },
      { name: "무염화", nameEn: "Chloride-Free" },
    ],
    kinds: [
      { name: "제설제", nameEn: "De-icing Agent", itemClass: "12352301", unitPrice: [300_000, 900_000] },
      { name: "수처리 응집제", nameEn: "Water Treatment Coagulant", itemClass: "12161901", unitPrice: [400_000, 1_500_000] },
      { name: "방청 도료", nameEn: "Anti-Corrosion Coating", itemClass: "31211508", unitPrice: [150_000, 900_000] },
      { name: "소화 약제", nameEn: "Fire Extinguishing Agent", itemClass: "46191502", unitPrice: [200_000, 2_000_000] },
      { name: "악취 저감제", nameEn: "Odor Control Agent", itemClass: "47131803", unitPrice: [100_000, 700_000] },
    ],
    features: [
      { name: "부식 억제 성분", nameEn: "corrosion inhibitors" },
      { name: "생분해성 원료", nameEn: "biodegradable ingredients" },
      { name: "저온 성능 강화", nameEn: "improved low-temperature performance" },
      { name: "유해물질 무첨가", nameEn: "no added hazardous substances" },
      { name: "장기 보관 안정성", nameEn: "long shelf stability" },
    ],
    schemes: ["KS", "KC", "CE"],
    companySuffixes: [
      { name: "화학", nameEn: "Chemical" },
      { name: "케미칼", nameEn: "Chemicals" },
    ],
  },
  MATERIALS: {
    modifiers: [
      { name: "고강도", nameEn: "High-Strength" },
      { name: "경량", nameEn: "Lightweight" },
      { name: "재활용", nameEn: "Recycled" },
      { name: "불연", nameEn: "Non-Combustible" },
      { name: "친환경", nameEn: "Eco-Friendly" },
    ],
    kinds: [
      { name: "탄소섬유 보강재", nameEn: "Carbon Fiber Reinforcement", itemClass: "30103623", unitPrice: [200_000, 3_000_000] },
      { name: "내화 패널", nameEn: "Fire-Resistant Panel", itemClass: "30161504", unitPrice: [60_000, 400_000] },
      { name: "투수 블록", nameEn: "Permeable Paving Block", itemClass: "30131702", unitPrice: [20_000, 120_000] },
      { name: "방음벽", nameEn: "Noise Barrier", itemClass: "30161901", unitPrice: [300_000, 2_500_000] },
      { name: "단열재", nameEn: "Insulation Board", itemClass: "30141501", unitPrice: [30_000, 250_000] },
      { name: "콘크리트 보수재", nameEn: "Concrete Repair Mortar", itemClass: "30111601", unitPrice: [40_000, 300_000] },
    ],
    features: [
      { name: "기존 대비 30% 경량화", nameEn: "30% less weight than conventional products" },
      { name: "불연 1등급 성능", nameEn: "grade-1 non-combustibility" },
      { name: "재활용 원료 사용", nameEn: "recycled raw materials" },
      { name: "간편 시공 구조", nameEn: "quick installation" },
      { name: "장기 내구성", nameEn: "long-term durability" },
    ],
    schemes: ["KS", "CE"],
    companySuffixes: [
      { name: "소재", nameEn: "Materials" },
      { name: "신소재", nameEn: "Advanced Materials" },
      { name: "세라믹", nameEn: "Ceramics" },
    ],
  },
  ENERGY: {
    modifiers: [
      { name: "고효율", nameEn: "High-Efficiency" },
      { name: "스마트", nameEn: "Smart" },
      { name: "하이브리드", nameEn: "Hybrid" },
      { name: "저소음", nameEn: "Low-Noise" },
      { name: "분산형", nameEn: "Distributed" },
    ],
    kinds: [
      { name: "태양광 모듈", nameEn: "Solar Module", itemClass: "26111602", unitPrice: [250_000, 900_000] },
      { name: "에너지 저장 장치", nameEn: "Energy Storage System", itemClass: "26111701", unitPrice: [50_000_000, 900_000_000] },
      { name: "연료전지 발전기", nameEn: "Fuel Cell Generator", itemClass: "26111708", unitPrice: [80_000_000, 1_500_000_000] },
      { name: "히트펌프", nameEn: "Heat Pump", itemClass: "40101805", unitPrice: [10_000_000, 120_000_000] },
      { name: "폐열 회수 장치", nameEn: "Waste Heat Recovery Unit", itemClass: "40101701", unitPrice: [30_000_000, 400_000_000] },
      { name: "소형 풍력 발전기", nameEn: "Small Wind Turbine", itemClass: "26101740", unitPrice: [15_000_000, 120_000_000] },
    ],
    features: [
      { name: "에너지 효율 1등급", nameEn: "top-grade energy efficiency" },
      { name: "계통 연계 제어", nameEn: "grid-connected control" },
      { name: "배터리 열폭주 방지", nameEn: "battery thermal-runaway protection" },
      { name: "운전 데이터 원격 관리", nameEn: "remote management of operating data" },
      { name: "유지보수 비용 절감", nameEn: "lower maintenance cost" },
    ],
    schemes: ["KC", "KS", "CE", "UL", "CB"],
    companySuffixes: [
      { name: "에너지", nameEn: "Energy" },
      { name: "파워", nameEn: "Power" },
      { name: "솔라", nameEn: "Solar" },
    ],
  },
  ICT: {
    modifiers: [
      { name: "AI 기반", nameEn: "AI-Powered" },
      { name: "클라우드 기반", nameEn: "Cloud-Based" },
      { name: "지능형", nameEn: "Intelligent" },
      { name: "실시간", nameEn: "Real-Time" },
      { name: "보안 강화", nameEn: "Hardened" },
    ],
    kinds: [
      { name: "영상 감시 시스템", nameEn: "Video Surveillance System", itemClass: "46171622", unitPrice: [5_000_000, 80_000_000] },
      { name: "디지털 트윈 플랫폼", nameEn: "Digital Twin Platform", itemClass: "43232309", unitPrice: [50_000_000, 700_000_000] },
      { name: "민원 안내 키오스크", nameEn: "Civil Service Kiosk", itemClass: "43211504", unitPrice: [8_000_000, 35_000_000] },
      { name: "보안 관제 솔루션", nameEn: "Security Monitoring Solution", itemClass: "43233205", unitPrice: [30_000_000, 400_000_000] },
      { name: "재난안전통신 단말기", nameEn: "Public-Safety LTE Terminal", itemClass: "43191501", unitPrice: [700_000, 3_000_000] },
      { name: "주차 관리 시스템", nameEn: "Parking Management System", itemClass: "46171619", unitPrice: [20_000_000, 200_000_000] },
    ],
    features: [
      { name: "딥러닝 영상 분석", nameEn: "deep-learning video analysis" },
      { name: "국가정보원 보안 인증 대응", nameEn: "support for national security certification" },
      { name: "클라우드 구독형 운영", nameEn: "cloud subscription operation" },
      { name: "기존 시스템 연계", nameEn: "integration with existing systems" },
      { name: "이상 징후 자동 알림", nameEn: "automatic anomaly alerts" },
    ],
    schemes: ["KC", "CE", "FCC", "CB"],
    companySuffixes: [
      { name: "정보통신", nameEn: "ICT" },
      { name: "소프트", nameEn: "Soft" },
      { name: "네트웍스", nameEn: "Networks" },
      { name: "데이터", nameEn: "Data" },
    ],
  },
  OTHER: {
    modifiers: [
      { name: "다기능", nameEn: "Multi-Purpose" },
      { name: "접이식", nameEn: "Foldable" },
      { name: "스마트", nameEn: "Smart" },
      { name: "무인", nameEn: "Unattended" },
    ],
    kinds: [
      { name: "과학 교구", nameEn: "Science Teaching Kit", itemClass: "60104001", unitPrice: [50_000, 600_000] },
      { name: "재난 구호 쉘터", nameEn: "Disaster Relief Shelter", itemClass: "56101708", unitPrice: [1_000_000, 12_000_000] },
      { name: "안전 보호구", nameEn: "Personal Protective Gear", itemClass: "46181501", unitPrice: [30_000, 400_000] },
      { name: "물품 보관함", nameEn: "Parcel Locker", itemClass: "56101520", unitPrice: [5_000_000, 30_000_000] },
      { name: "휠체어 리프트", nameEn: "Wheelchair Lift", itemClass: "42211602", unitPrice: [8_000_000, 40_000_000] },
    ],
    features: [
      { name: "공간 절약형 설계", nameEn: "a space-saving design" },
      { name: "사용자 안전 인증 부품", nameEn: "safety-certified parts" },
      { name: "간편 설치", nameEn: "simple installation" },
      { name: "무인 운영", nameEn: "unattended operation" },
    ],
    schemes: ["KC", "KS", "CE"],
    companySuffixes: [
      { name: "산업", nameEn: "Industrial" },
      { name: "인더스트리", nameEn: "Industry" },
    ],
  },
};

export const allFields = Object.keys(productFields) as ProductField[];

// ---------------------------------------------------------------------------------------------------
// Company names: a two-syllable Korean stem (한빛 / Hanbit), an English-loan word (에코 / Eco), or both,
// then an ending (테크 / Tech) and the legal form ((주) / Co., Ltd.).

export const companyFirstSyllables: readonly Term[] = [
  { name: "한", nameEn: "Han" },
  { name: "대", nameEn: "Dae" },
  { name: "세", nameEn: "Se" },
  { name: "신", nameEn: "Shin" },
  { name: "동", nameEn: "Dong" },
  { name: "성", nameEn: "Sung" },
  { name: "우", nameEn: "Woo" },
  { name: "미", nameEn: "Mi" },
  { name: "진", nameEn: "Jin" },
  { name: "태", nameEn: "Tae" },
  { name: "광", nameEn: "Kwang" },
  { name: "삼", nameEn: "Sam" },
  { name: "일", nameEn: "Il" },
  { name: "현", nameEn: "Hyun" },
  { name: "영", nameEn: "Young" },
  { name: "정", nameEn: "Jung" },
  { name: "창", nameEn: "Chang" },
  { name: "금", nameEn: "Keum" },
  { name: "서", nameEn: "Seo" },
  { name: "해", nameEn: "Hae" },
];

export const companySecondSyllables: readonly Term[] = [
  { name: "빛", nameEn: "bit" },
  { name: "성", nameEn: "sung" },
  { name: "진", nameEn: "jin" },
  { name: "원", nameEn: "won" },
  { name: "명", nameEn: "myung" },
  { name: "림", nameEn: "rim" },
  { name: "솔", nameEn: "sol" },
  { name: "온", nameEn: "on" },
  { name: "화", nameEn: "hwa" },
  { name: "인", nameEn: "in" },
  { name: "도", nameEn: "do" },
  { name: "강", nameEn: "kang" },
  { name: "산", nameEn: "san" },
  { name: "래", nameEn: "rae" },
  { name: "양", nameEn: "yang" },
  { name: "하", nameEn: "ha" },
];

export const companyWords: readonly Term[] = [
  { name: "에코", nameEn: "Eco" },
  { name: "그린", nameEn: "Green" },
  { name: "퓨처", nameEn: "Future" },
  { name: "스마트", nameEn: "Smart" },
  { name: "넥스트", nameEn: "Next" },
  { name: "하이", nameEn: "Hi" },
  { name: "뉴", nameEn: "New" },
  { name: "이노", nameEn: "Inno" },
  { name: "블루", nameEn: "Blue" },
  { name: "나노", nameEn: "Nano" },
  { name: "유니", nameEn: "Uni" },
  { name: "글로벌", nameEn: "Global" },
  { name: "알파", nameEn: "Alpha" },
  { name: "세이프", nameEn: "Safe" },
  { name: "클린", nameEn: "Clean" },
  { name: "비전", nameEn: "Vision" },
  { name: "옵티", nameEn: "Opti" },
  { name: "케이", nameEn: "K" },
  { name: "제이", nameEn: "J" },
  { name: "엠", nameEn: "M" },
  { name: "티", nameEn: "T" },
  { name: "아이", nameEn: "I" },
  { name: "씨엔", nameEn: "CN" },
  { name: "코어", nameEn: "Core" },
];

/** Endings any company may use; each field adds its own (see `productFields`). */
export const companySuffixes: readonly Term[] = [
  { name: "테크", nameEn: "Tech" },
  { name: "솔루션", nameEn: "Solutions" },
  { name: "시스템", nameEn: "Systems" },
  { name: "이엔지", nameEn: "E&G" },
  { name: "엔지니어링", nameEn: "Engineering" },
  { name: "랩스", nameEn: "Labs" },
  { name: "이앤씨", nameEn: "E&C" },
  { name: "테크놀로지", nameEn: "Technology" },
];

/** Legal forms: where 주식회사 goes in the Korean name, and the English suffix. */
export const companyLegalForms: ReadonlyArray<{ format: (name: string) => string; formatEn: (name: string) => string }> = [
  { format: (name) => `(주)${name}`, formatEn: (name) => `${name} Co., Ltd.` },
  { format: (name) => `${name}(주)`, formatEn: (name) => `${name} Co., Ltd.` },
  { format: (name) => `주식회사 ${name}`, formatEn: (name) => `${name} Inc.` },
];

export const companySizes: ReadonlyArray<{ size: CompanySize; weight: number }> = [
  { size: "SMALL", weight: 55 },
  { size: "MEDIUM", weight: 32 },
  { size: "MID_SIZED", weight: 13 },
];

// ---------------------------------------------------------------------------------------------------
// Public buyers. Named institutions come first and carry the abbreviations the graph looks them up by;
// KTL opens the list.

export const KTL_ABBREVIATION = "KTL";

export interface InstitutionTerm extends Term {
  abbreviation: string | null;
  type: InstitutionType;
  parentMinistry: string | null;
  region: string;
}

const publicInstitution = (
  name: string,
  nameEn: string,
  abbreviation: string,
  parentMinistry: string,
  region: string,
): InstitutionTerm => ({
  name,
  nameEn,
  abbreviation,
  type: "PUBLIC_INSTITUTION",
  parentMinistry,
  region,
});

const centralGovernment = (
  name: string,
  nameEn: string,
  abbreviation: string,
  parentMinistry: string | null,
  region: string,
): InstitutionTerm => ({ name, nameEn, abbreviation, type: "CENTRAL_GOVERNMENT", parentMinistry, region });

export const namedInstitutions: readonly InstitutionTerm[] = [
  publicInstitution("한국산업기술시험원", "Korea Testing Laboratory", KTL_ABBREVIATION, "MOTIE", "경상남도"),
  publicInstitution("한국전력공사", "Korea Electric Power Corporation", "KEPCO", "MOTIE", "전라남도"),
  publicInstitution("한국가스공사", "Korea Gas Corporation", "KOGAS", "MOTIE", "대구광역시"),
  publicInstitution("한국수력원자력", "Korea Hydro & Nuclear Power", "KHNP", "MOTIE", "경상북도"),
  publicInstitution("한국산업기술진흥원", "Korea Institute for Advancement of Technology", "KIAT", "MOTIE", "서울특별시"),
  publicInstitution("한국산업단지공단", "Korea Industrial Complex Corporation", "KICOX", "MOTIE", "대구광역시"),
  publicInstitution("한국에너지공단", "Korea Energy Agency", "KEA", "MOTIE", "울산광역시"),
  publicInstitution("한국석유공사", "Korea National Oil Corporation", "KNOC", "MOTIE", "울산광역시"),
  publicInstitution("한국전기안전공사", "Korea Electrical Safety Corporation", "KESCO", "MOTIE", "전북특별자치도"),
  publicInstitution("한국가스안전공사", "Korea Gas Safety Corporation", "KGS", "MOTIE", "충청북도"),
  publicInstitution("한국남동발전", "Korea South-East Power", "KOEN", "MOTIE", "경상남도"),
  publicInstitution("한국남부발전", "Korea Southern Power", "KOSPO", "MOTIE", "부산광역시"),
  publicInstitution("한국동서발전", "Korea East-West Power", "EWP", "MOTIE", "울산광역시"),
  publicInstitution("한국서부발전", "Korea Western Power", "KOWEPO", "MOTIE", "충청남도"),
  publicInstitution("한국중부발전", "Korea Midland Power", "KOMIPO", "MOTIE", "충청남도"),
  publicInstitution("한국전력기술", "KEPCO Engineering & Construction", "KEPCO E&C", "MOTIE", "경상북도"),
  publicInstitution("한국지역난방공사", "Korea District Heating Corporation", "KDHC", "MOTIE", "경기도"),
  publicInstitution("대한무역투자진흥공사", "Korea Trade-Investment Promotion Agency", "KOTRA", "MOTIE", "서울특별시"),
  publicInstitution("한국산업기술기획평가원", "Korea Evaluation Institute of Industrial Technology", "KEIT", "MOTIE", "대구광역시"),
  publicInstitution("한국에너지기술평가원", "Korea Institute of Energy Technology Evaluation and Planning", "KETEP", "MOTIE", "서울특별시"),
  publicInstitution("한국세라믹기술원", "Korea Institute of Ceramic Engineering and Technology", "KICET", "MOTIE", "경상남도"),
  publicInstitution("한국기계전기전자시험연구원", "Korea Testing Certification Institute", "KTC", "MOTIE", "경기도"),
  publicInstitution("한국화학융합시험연구원", "Korea Testing & Research Institute", "KTR", "MOTIE", "경기도"),
  publicInstitution("한국수자원공사", "Korea Water Resources Corporation", "K-water", "ME", "대전광역시"),
  publicInstitution("한국환경공단", "Korea Environment Corporation", "K-eco", "ME", "인천광역시"),
  publicInstitution("국립공원공단", "Korea National Park Service", "KNPS", "ME", "강원특별자치도"),
  publicInstitution("한국토지주택공사", "Korea Land & Housing Corporation", "LH", "MOLIT", "경상남도"),
  publicInstitution("한국도로공사", "Korea Expressway Corporation", "KEC", "MOLIT", "경상북도"),
  publicInstitution("한국철도공사", "Korea Railroad Corporation", "KORAIL", "MOLIT", "대전광역시"),
  publicInstitution("국가철도공단", "Korea National Railway", "KR", "MOLIT", "대전광역시"),
  publicInstitution("인천국제공항공사", "Incheon International Airport Corporation", "IIAC", "MOLIT", "인천광역시"),
  publicInstitution("한국공항공사", "Korea Airports Corporation", "KAC", "MOLIT", "서울특별시"),
  publicInstitution("한국국토정보공사", "Korea Land and Geospatial InformatiX Corporation", "LX", "MOLIT", "전북특별자치도"),
  publicInstitution("한국교통안전공단", "Korea Transportation Safety Authority", "TS", "MOLIT", "경상북도"),
  publicInstitution("국민건강보험공단", "National Health Insurance Service", "NHIS", "MOHW", "강원특별자치도"),
  publicInstitution("국민연금공단", "National Pension Service", "NPS", "MOHW", "전북특별자치도"),
  publicInstitution("한국지능정보사회진흥원", "National Information Society Agency", "NIA", "MSIT", "대구광역시"),
  publicInstitution("한국인터넷진흥원", "Korea Internet & Security Agency", "KISA", "MSIT", "전라남도"),
  publicInstitution("한국과학기술연구원", "Korea Institute of Science and Technology", "KIST", "MSIT", "서울특별시"),
  publicInstitution("한국전자통신연구원", "Electronics and Telecommunications Research Institute", "ETRI", "MSIT", "대전광역시"),
  publicInstitution("한국생산기술연구원", "Korea Institute of Industrial Technology", "KITECH", "MSIT", "충청남도"),
  publicInstitution("한국기계연구원", "Korea Institute of Machinery and Materials", "KIMM", "MSIT", "대전광역시"),
  publicInstitution("한국전기연구원", "Korea Electrotechnology Research Institute", "KERI", "MSIT", "경상남도"),
  publicInstitution("중소벤처기업진흥공단", "Korea SMEs and Startups Agency", "KOSMES", "MSS", "경상남도"),
  publicInstitution("기술보증기금", "Korea Technology Finance Corporation", "KIBO", "MSS", "부산광역시"),
  publicInstitution("한국농어촌공사", "Korea Rural Community Corporation", "KRC", "MAFRA", "전라남도"),
  publicInstitution("부산항만공사", "Busan Port Authority", "BPA", "MOF", "부산광역시"),
  publicInstitution("한국조폐공사", "Korea Minting and Security Printing Corporation", "KOMSCO", "MOEF", "대전광역시"),
  centralGovernment("산업통상자원부", "Ministry of Trade, Industry and Energy", "MOTIE", null, "세종특별자치시"),
  centralGovernment("중소벤처기업부", "Ministry of SMEs and Startups", "MSS", null, "세종특별자치시"),
  centralGovernment("과학기술정보통신부", "Ministry of Science and ICT", "MSIT", null, "세종특별자치시"),
  centralGovernment("환경부", "Ministry of Environment", "ME", null, "세종특별자치시"),
  centralGovernment("국토교통부", "Ministry of Land, Infrastructure and Transport", "MOLIT", null, "세종특별자치시"),
  centralGovernment("행정안전부", "Ministry of the Interior and Safety", "MOIS", null, "세종특별자치시"),
  centralGovernment("국방부", "Ministry of National Defense", "MND", null, "서울특별시"),
  centralGovernment("조달청", "Public Procurement Service", "PPS", "MOEF", "대전광역시"),
  centralGovernment("국가기술표준원", "Korean Agency for Technology and Standards", "KATS", "MOTIE", "충청북도"),
  centralGovernment("특허청", "Korean Intellectual Property Office", "KIPO", "MOTIE", "대전광역시"),
  centralGovernment("소방청", "National Fire Agency", "NFA", "MOIS", "세종특별자치시"),
  centralGovernment("경찰청", "Korean National Police Agency", "KNPA", "MOIS", "서울특별시"),
  centralGovernment("해양경찰청", "Korea Coast Guard", "KCG", "MOF", "인천광역시"),
  centralGovernment("기상청", "Korea Meteorological Administration", "KMA", "ME", "서울특별시"),
  centralGovernment("산림청", "Korea Forest Service", "KFS", "MAFRA", "대전광역시"),
  centralGovernment("관세청", "Korea Customs Service", "KCS", "MOEF", "대전광역시"),
  centralGovernment("방위사업청", "Defense Acquisition Program Administration", "DAPA", "MND", "경기도"),
  centralGovernment("질병관리청", "Korea Disease Control and Prevention Agency", "KDCA", "MOHW", "충청북도"),
  {
    name: "서울대학교",
    nameEn: "Seoul National University",
    abbreviation: "SNU",
    type: "EDUCATION",
    parentMinistry: "MOE",
    region: "서울특별시",
  },
  {
    name: "한국과학기술원",
    nameEn: "Korea Advanced Institute of Science and Technology",
    abbreviation: "KAIST",
    type: "EDUCATION",
    parentMinistry: "MSIT",
    region: "대전광역시",
  },
  {
    name: "경상국립대학교",
    nameEn: "Gyeongsang National University",
    abbreviation: "GNU",
    type: "EDUCATION",
    parentMinistry: "MOE",
    region: "경상남도",
  },
  {
    name: "부산대학교",
    nameEn: "Pusan National University",
    abbreviation: "PNU",
    type: "EDUCATION",
    parentMinistry: "MOE",
    region: "부산광역시",
  },
  { name: "서울교통공사", nameEn: "Seoul Metro", abbreviation: null, type: "OTHER", parentMinistry: null, region: "서울특별시" },
  {
    name: "부산교통공사",
    nameEn: "Busan Transportation Corporation",
    abbreviation: null,
    type: "OTHER",
    parentMinistry: null,
    region: "부산광역시",
  },
];

/**
 * Patterns for the unnamed buyers that fill out the institution list: provincial bodies, regional
 * offices of the big public corporations, city bodies, schools. Each yields one institution per
 * province or per city it applies to.
 */
export type InstitutionPattern = { type: InstitutionType; parentMinistry: string | null } & (
  { per: "region"; make: (region: Region) => Term } | { per: "city"; make: (city: City) => Term }
);

/** 수원시 → 수원, 강남구 → 강남, 울주군 → 울주: how school and office names start. */
const stem = (city: City) => city.name.replace(/[시구군]$/, "");
const cityOffice = (city: City) => (city.name.endsWith("시") ? `${city.nameEn} City Hall` : `${city.nameEn} Office`);
const government = (region: Region) => `${region.nameEn} ${region.name.endsWith("도") ? "Provincial" : "Metropolitan"} Government`;

export const institutionPatterns: readonly InstitutionPattern[] = [
  { type: "LOCAL_GOVERNMENT", parentMinistry: null, per: "region", make: (r) => ({ name: r.name, nameEn: government(r) }) },
  {
    type: "EDUCATION",
    parentMinistry: null,
    per: "region",
    make: (r) => ({ name: `${r.shortName}교육청`, nameEn: `${r.nameEn} Office of Education` }),
  },
  { type: "LOCAL_GOVERNMENT", parentMinistry: null, per: "city", make: (c) => ({ name: c.name, nameEn: cityOffice(c) }) },
  {
    type: "LOCAL_GOVERNMENT",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${c.name} 상수도사업소`, nameEn: `${c.nameEn} Waterworks Office` }),
  },
  {
    type: "LOCAL_GOVERNMENT",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${c.name} 보건소`, nameEn: `${c.nameEn} Public Health Center` }),
  },
  {
    type: "OTHER",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${c.name} 시설관리공단`, nameEn: `${c.nameEn} Facilities Management Corporation` }),
  },
  {
    type: "OTHER",
    parentMinistry: null,
    per: "region",
    make: (r) => ({ name: `${r.shortName}개발공사`, nameEn: `${r.nameEn} Development Corporation` }),
  },
  {
    type: "EDUCATION",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${stem(c)}교육지원청`, nameEn: `${c.nameEn} District Office of Education` }),
  },
  {
    type: "PUBLIC_INSTITUTION",
    parentMinistry: "MOTIE",
    per: "region",
    make: (r) => ({ name: `한국전력공사 ${r.shortName}본부`, nameEn: `KEPCO ${r.nameEn} Regional Headquarters` }),
  },
  {
    type: "PUBLIC_INSTITUTION",
    parentMinistry: "ME",
    per: "region",
    make: (r) => ({ name: `한국수자원공사 ${r.shortName}본부`, nameEn: `K-water ${r.nameEn} Regional Headquarters` }),
  },
  {
    type: "PUBLIC_INSTITUTION",
    parentMinistry: "MOLIT",
    per: "region",
    make: (r) => ({ name: `한국토지주택공사 ${r.shortName}지역본부`, nameEn: `LH ${r.nameEn} Regional Headquarters` }),
  },
  {
    type: "EDUCATION",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${stem(c)}중앙고등학교`, nameEn: `${c.nameEn} Jungang High School` }),
  },
  {
    type: "EDUCATION",
    parentMinistry: null,
    per: "city",
    make: (c) => ({ name: `${stem(c)}한빛초등학교`, nameEn: `${c.nameEn} Hanbit Elementary School` }),
  },
];

// ---------------------------------------------------------------------------------------------------
// Certification: who issues each scheme's certificates (lib/domain/certification-schemes.ts says where they count).

/** Bodies that issue each scheme's certificates; `code` opens the certificate number. */
export const schemeIssuers: Record<CertificationScheme, ReadonlyArray<{ issuer: string; code: string }>> = {
  KC: [
    { issuer: "KTL", code: "KTL" },
    { issuer: "KTC", code: "KTC" },
    { issuer: "KTR", code: "KTR" },
  ],
  KS: [{ issuer: "한국표준협회 (KSA)", code: "KSA" }],
  CE: [
    { issuer: "KTL", code: "KTL" },
    { issuer: "TÜV SÜD", code: "TUVS" },
    { issuer: "TÜV Rheinland", code: "TUVR" },
  ],
  UL: [{ issuer: "UL Solutions", code: "UL" }],
  FCC: [
    { issuer: "KTL", code: "KTL" },
    { issuer: "TÜV SÜD", code: "TUVS" },
  ],
  CB: [
    { issuer: "KTL", code: "KTL" },
    { issuer: "KTC", code: "KTC" },
  ],
  CCC: [{ issuer: "China Quality Certification Centre (CQC)", code: "CQC" }],
  PSE: [{ issuer: "Japan Electrical Safety & Environment Technology Laboratories (JET)", code: "JET" }],
};

/** Years a certificate of the scheme stays valid; null where it has no fixed expiry. */
export const schemeValidityYears: Record<CertificationScheme, number | null> = {
  KC: null,
  KS: null,
  CE: 5,
  UL: null,
  FCC: null,
  CB: null,
  CCC: 5,
  PSE: 3,
};
