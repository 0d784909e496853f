/// A small hand-written TempEval-3 document (TimeML): six time expressions, four of them scored
/// (a duration and a set are not), for the date evaluation's harness and command tests.
public enum TimeMLFixture {
    public static let text = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>FIX001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-14" temporalFunction="false" functionInDocument="CREATION_TIME">20220114</TIMEX3></DCT>
        <TEXT>
        Ministers <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-01-12">Wednesday</TIMEX3> that prices rose &amp; fell for <TIMEX3 tid="t2" type="DURATION" value="P3M">the past three months</TIMEX3>. Talks end <TIMEX3 tid="t3" type="DATE" value="2022-02">next month</TIMEX3>. The team left at <TIMEX3 tid="t4" type="TIME" value="2022-01-14T09:00">9am</TIMEX3> <TIMEX3 tid="t5" type="SET" value="P1D">daily</TIMEX3>, and met in <TIMEX3 tid="t6" type="DATE" value="2021-05">May</TIMEX3>.
        </TEXT>
        </TimeML>
        """
}
