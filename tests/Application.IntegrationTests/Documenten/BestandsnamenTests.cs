using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>The name a generated PDF is saved under: safe in a Content-Disposition header and on every file system.</summary>
public class BestandsnamenTests
{
    [Test]
    public void Letters_digits_and_dashes_stay_accents_go_and_a_run_of_anything_else_is_one_dash()
    {
        Bestandsnamen.Pdf("beschikking", "PO2705-TLV-0007").ShouldBe("beschikking-PO2705-TLV-0007.pdf");
        Bestandsnamen.Pdf("opp", "Sanne de Vries", "v2").ShouldBe("opp-Sanne-de-Vries-v2.pdf");
        Bestandsnamen.Pdf("opp", "Şahin Öztürk / ’t Hof", "v1").ShouldBe("opp-Sahin-Ozturk-t-Hof-v1.pdf");
        Bestandsnamen.Pdf("beschikking", "2026/014 a").ShouldBe("beschikking-2026-014-a.pdf");
        Bestandsnamen.Pdf("opp", "\"x\"; filename=y").ShouldBe("opp-x-filename-y.pdf");
    }
}
