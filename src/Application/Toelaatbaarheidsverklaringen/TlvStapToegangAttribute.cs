using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>The command takes this step of the TLV's lifecycle (<see cref="TlvLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TlvStapToegangAttribute(TlvStap stap)
    : StapToegangAttribute<Toelaatbaarheidsverklaring, TlvStatus, TlvStap>(TlvLevenscyclus.Tabel, stap);
