using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers;

internal static class GebruikerFouten
{
    /// <summary>Also for an account of another samenwerkingsverband: that one does not exist for the caller.</summary>
    public static Fout Onbekend => Fout.NietGevonden("gebruiker-onbekend", "Er is geen account met dit id in uw samenwerkingsverband.");
}
