using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertboek;

internal static class ExpertboekFouten
{
    public static Fout Onbekend => Fout.NietGevonden("expert-onbekend", "Er is geen expert van uw samenwerkingsverband zelf met dit id.");
}
