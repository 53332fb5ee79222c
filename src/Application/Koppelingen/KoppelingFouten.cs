using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen;

internal static class KoppelingFouten
{
    public static Fout Onbekend(string clientId) =>
        Fout.NietGevonden("koppeling-onbekend", $"Er is geen koppeling {clientId} in jouw samenwerkingsverband.");
}
