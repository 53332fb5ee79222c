using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class AanbiederFouten
{
    public static Fout Onbekend(ObaCode code) =>
        Fout.NietGevonden("aanbieder-onbekend", $"Er is geen onderwijsbegeleidingsaanbieder met code {code}.");
}
