using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class AanbiederFouten
{
    public static Fout Onbekend(string code) =>
        Fout.NietGevonden("aanbieder-onbekend", $"Er is geen onderwijsbegeleidingsaanbieder met code {code}.");

    public static Fout? Versiecontrole(long? verwacht, Onderwijsbegeleidingsaanbieder aanbieder) =>
        Common.Versiecontrole.Controleer(verwacht, aanbieder.Versie, "Deze aanbieder");
}
