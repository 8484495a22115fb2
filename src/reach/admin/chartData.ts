import type { AdminLanguage } from '@/i18n/admin'
import type { Say } from '@/i18n/siang'
import { intlLocale } from '@/lib/laoTime'
import type { ReachSummary } from '../summary'
import type { ReachChartData } from './ReachCharts'

/** The data the charts draw, with their labels in `say`'s language. */
export function chartData(s: ReachSummary, say: Say, lang: AdminLanguage): ReachChartData {
  return {
    locale: intlLocale(lang),
    labels: {
      delivery: say('reachBroadcasts'),
      deliveryAxis: say('reachDelivery'),
      people: say('reachPeople'),
      overTime: say('reachOverTime'),
      female: say('reachFemale'),
      male: say('reachMale'),
      other: say('reachOther'),
      views: say('reachViews'),
      plays: say('reachPlaysCount'),
    },
    stations: s.broadcasts.stations.map((st) => ({ name: st.name, rate: st.deliveryRate })),
    provinces: s.reached.provinces
      .filter((p) => p.counted)
      .map(({ title, female, male, other }) => ({ title, female, male, other })),
    days: s.plays.byDay,
  }
}
