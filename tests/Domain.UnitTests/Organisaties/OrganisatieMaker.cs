using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Organisaties;

/// <summary>Valid organisations to start tests from: SWV PO2705, bestuur 41234 and school 12AB00.</summary>
internal static class OrganisatieMaker
{
    public static VestigingCode Regenboog => VestigingCode.Parse("12AB00").Waarde;

    public static Samenwerkingsverband NieuwSwv(string code = "PO2705") =>
        Samenwerkingsverband.Registreer(code, "Passend Primair Utrecht").Waarde;

    public static Samenwerkingsverband SwvMetIndeling()
    {
        var indeling = Samenwerkingsverband.LeesIndeling([("Noord", ["Stad", "Dorp"]), ("Zuid", ["Haven"])]).Waarde;
        return NieuwSwv().DeelIn(indeling);
    }

    public static Schoolbestuur NieuwBestuur(Samenwerkingsverband swv) =>
        Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Primair").Waarde;

    public static School NieuweSchool()
    {
        var swv = NieuwSwv();
        return School.Registreer(swv, NieuwBestuur(swv), Regenboog, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;
    }
}
