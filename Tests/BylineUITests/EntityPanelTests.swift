import BylineNLP
import Testing

@testable import BylineCore
@testable import BylineUI

/// The entity panel (`e`): it takes the keys, scrolls, says where it is, and filters on Enter.
@Suite struct EntityPanelTests {
    @Test func rowsGroupEntitiesWithTheirFilters() {
        let rows = EntityPanel.rows(Fixtures.harbor.annotation)
        #expect(
            rows.map(\.label) == [
                "People", "Maria Silva", "Tom Reyes", "", "Organisations", "Port Authority", "", "Places", "Lisbon",
                "", "Dates", "7 March 2022", "11 March 2022",
            ])
        #expect(rows.first { $0.label == "Maria Silva" }?.filter == Query.Term(.person, "Maria Silva"))
        #expect(rows.first { $0.label == "Port Authority" }?.filter == Query.Term(.org, "Port Authority"))
        #expect(rows.filter { $0.role == .date }.compactMap(\.filter?.value).sorted() == ["2022-03-07", "2022-03-11"])
    }

    /// Calendar dates read as a timeline, whatever their counts; lengths and "the past" follow.
    @Test func datesOfTheCalendarAreInTimeOrder() {
        let t =
            "Since 2021, talks on Mar 7 and Mar 7 and Mar 11 failed for 2 years, as in the past, the past, the past."
        let entities = [
            Fixtures.entity(.date, "2021", in: t, value: "2021"),
            Fixtures.entity(.date, "Mar 7", in: t, value: "2022-03-07"),
            Fixtures.entity(.date, "Mar 7", in: t, occurrence: 1, value: "2022-03-07"),
            Fixtures.entity(.date, "Mar 11", in: t, value: "2022-03-11"),
            Fixtures.entity(.date, "2 years", in: t, value: "P2Y"),
            Fixtures.entity(.date, "the past", in: t, value: "PAST_REF"),
            Fixtures.entity(.date, "the past", in: t, occurrence: 1, value: "PAST_REF"),
            Fixtures.entity(.date, "the past", in: t, occurrence: 2, value: "PAST_REF"),
        ]
        let rows = EntityPanel.rows(Annotation(entities: entities, quotes: []))
        #expect(
            rows.map(\.label) == ["Dates", "2021", "7 March 2022", "11 March 2022", "the past", "2 years"],
            "\(rows.map(\.label))")
        #expect(rows.filter(\.isEntity).map(\.count) == [1, 2, 1, 3, 1])
    }

    /// Periods sit at their first day, the longer first: a week, quarter, half or season is not
    /// placed by how its value is spelt.
    @Test func periodsOfAYearSitAtTheirFirstDay() {
        let t = "In 2019: winter, Dec 31, Sept 10, the week of Sept 2, fall, the third quarter, spring, the first half."
        let entities = [
            Fixtures.entity(.date, "2019", in: t, value: "2019"),
            Fixtures.entity(.date, "winter", in: t, value: "2019-WI"),
            Fixtures.entity(.date, "Dec 31", in: t, value: "2019-12-31"),
            Fixtures.entity(.date, "Sept 10", in: t, value: "2019-09-10"),
            Fixtures.entity(.date, "the week of Sept 2", in: t, value: "2019-W36"),
            Fixtures.entity(.date, "fall", in: t, value: "2019-FA"),
            Fixtures.entity(.date, "the third quarter", in: t, value: "2019-Q3"),
            Fixtures.entity(.date, "spring", in: t, value: "2019-SP"),
            Fixtures.entity(.date, "the first half", in: t, value: "2019-H1"),
        ]
        let rows = EntityPanel.rows(Annotation(entities: entities, quotes: []))
        #expect(
            rows.map(\.label) == [
                "Dates", "2019", "the first half of 2019", "spring 2019", "the third quarter of 2019", "autumn 2019",
                "the week of 2 September 2019", "10 September 2019", "winter 2019", "31 December 2019",
            ], "\(rows.map(\.label))")
    }

    @Test func movingSkipsHeadingsAndShowsThePosition() {
        var s = Fixtures.state(width: 120, height: 30)
        s.keys("e")
        #expect(s.keyContext == .panel && s.focus == .reader)
        let rows = EntityPanel.rows(s)
        #expect(rows[s.reader!.entityRow].label == "Maria Silva")
        var g = Screen.render(s)
        #expect(g.contains("1/6") && g.lines.last!.contains(" ENTITIES "))
        s.keys("j", "j")
        #expect(rows[s.reader!.entityRow].label == "Port Authority")
        #expect(Screen.render(s).contains("3/6"))
        s.keys("End")
        #expect(Screen.render(s).contains("6/6"))
        s.keys("Home")
        #expect(s.reader!.entityRow == 1 && s.reader!.entityTop == 0)
        // Tab gives the article the keys and leaves the panel open, without the position.
        s.keys("Tab")
        g = Screen.render(s)
        #expect(s.keyContext == .reader && PaneLayout(s).entityPanel != nil && !g.contains("1/6"))
    }

    @Test func aShortPanelScrollsToKeepTheSelectionInView() {
        var s = Fixtures.state(width: 40, height: 8)
        s.keys("Enter", "e")
        let panel = PaneLayout(s).entityPanel!
        #expect(panel.height == 7)
        s.keys("PgDn", "PgDn", "PgDn")
        let r = s.reader!
        #expect(r.entityRow == EntityPanel.rows(s).count - 1)
        #expect(r.entityTop > 0 && r.entityRow < r.entityTop + panel.height - 1)
        let g = Screen.render(s)
        #expect(g.contains("6/6"), "\(g.lines.joined(separator: "\n"))")
        #expect(g.contains(EntityPanel.rows(s).last!.label))
        #expect(!g.contains("People"))
        s.keys("PgUp", "PgUp", "PgUp")
        #expect(s.reader!.entityTop == 0 && Screen.render(s).contains("People"))
    }

    @Test func enterFiltersByTheSelectedEntity() {
        var s = Fixtures.state(width: 120, height: 30)
        s.keys("e", "j", "j")
        s.keys("Enter")
        #expect(s.filters == [Query.Term(.org, "Port Authority")])
        #expect(s.visible.count == 2 && s.keyContext == .list)
        #expect(s.message == "filter org:\"Port Authority\": 2 articles")
    }

    @Test func theKeysOfThePanelDoNotReachTheList() {
        var s = Fixtures.state(width: 80, height: 24)
        s.keys("Enter", "e")
        let before = s.selected
        s.keys("j", "j", "G")
        #expect(s.selected == before && s.keyContext == .panel)
        s.keys("e")
        #expect(!s.showEntityPanel && s.keyContext == .reader)
    }
}
