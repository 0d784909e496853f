import BylineNLP
import Testing

@testable import BylineCore

@Suite struct LoadDatesTests {
    @Test(arguments: [
        ("2022-01-14", "2022-01-14"),
        ("2022-01-14T23:30:00-05:00", "2022-01-14"),
        ("2022/01/14", "2022-01-14"),
        ("Fri, 14 Jan 2022 09:30:00 +0000", "2022-01-14"),
        ("14 Jan 22 09:30 GMT", "2022-01-14"),
        ("January 11, 2022", "2022-01-11"),
        ("Tuesday, January 11, 2022", "2022-01-11"),
        ("Jan. 11, 2022", "2022-01-11"),
        ("11 January 2022", "2022-01-11"),
        ("September 3rd, 2019", "2019-09-03"),
        ("Sept 3, 2019", "2019-09-03"),
    ])
    func metadataDates(_ raw: String, _ expected: String) {
        #expect(MetadataDate.parse(raw)?.description == expected)
    }

    @Test(arguments: [
        "", "yesterday", "2022-02-30", "February 30, 2022", "2022-13-01", "12:30", "January", "20220114",
        "January 99999999999999999999999999, 2022",
    ])
    func unreadableDatesAreNil(_ raw: String) {
        #expect(MetadataDate.parse(raw) == nil)
    }

    @Test func timestamps() {
        #expect(MetadataDate.fromTimestamp(1_642_118_400)?.description == "2022-01-14")
        #expect(MetadataDate.fromTimestamp(1_642_118_400_000)?.description == "2022-01-14")
        #expect(MetadataDate.fromTimestamp(.nan) == nil)
        #expect(MetadataDate.fromTimestamp(1e300) == nil)
    }
}
