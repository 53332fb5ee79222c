using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Aanmeldingen;

namespace PassendOnderwijs.Application.Aanmeldingen;

/// <summary>The command takes this step of the aanmelding's lifecycle (<see cref="AanmeldingLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AanmeldingStapToegangAttribute(AanmeldingStap stap)
    : StapToegangAttribute<Aanmelding, AanmeldingStatus, AanmeldingStap>(AanmeldingLevenscyclus.Tabel, stap);
