using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Expertises;

internal static class ExpertiseFouten
{
    public static Fout GeenWaardelijst(Schooljaar schooljaar) => Fout.NietGevonden(
        "waardelijst-onbekend",
        $"Er is geen expertise-waardelijst die geldt in leerjaar {schooljaar}.");

    public static Fout ExpertiseOnbekend(string code, Schooljaar schooljaar) => Fout.NietGevonden(
        "expertise-onbekend",
        $"De expertise {code} staat niet op de waardelijst die geldt in leerjaar {schooljaar}.");
}
