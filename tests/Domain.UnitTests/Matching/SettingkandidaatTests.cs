using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Matching.MatchingMaker;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

public class SettingkandidaatTests
{
    private static readonly Schoolprofiel Regenboog = School("12AB00", SoortSchool.Bao, Niveaus(1, 1, 1, 1, 1));

    private static Veldtoelichting Regel(IvoVeld veld) => new(veld, null, null, null, gedekt: true, "niet gevraagd", tekort: null);

    private static Settingkandidaat Met(IReadOnlyList<Veldtoelichting> velden) =>
        new(Settingsoort.HuidigeSchool, Regenboog, [], begeleiding: null, Nabijheid.EigenSchool, velden, [], "Zoals de school nu is.");

    [Test]
    public void A_candidate_has_exactly_the_five_field_lines_in_the_order_of_the_model()
    {
        Met([.. Enum.GetValues<IvoVeld>().Select(Regel)]).Velden.Count.ShouldBe(5);
        Should.Throw<ArgumentException>(() => Met([.. Enum.GetValues<IvoVeld>().Skip(1).Select(Regel)]));
        Should.Throw<ArgumentException>(() => Met([.. Enum.GetValues<IvoVeld>().Reverse().Select(Regel)]));
        Should.Throw<ArgumentException>(() => Met([.. Enum.GetValues<IvoVeld>().Append(IvoVeld.Expertise).Select(Regel)]));
    }

    [Test]
    public void A_field_line_names_what_is_missing_exactly_when_it_is_not_covered()
    {
        Should.Throw<ArgumentException>(() => new Veldtoelichting(IvoVeld.Expertise, Intensiteit.Intensief, null, null, gedekt: false, "niet gedekt", tekort: null));
        Should.Throw<ArgumentException>(() => new Veldtoelichting(IvoVeld.Expertise, null, null, null, gedekt: true, "niet gevraagd", tekort: "iets"));
    }
}
