using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per TLV. The two advices and the running bezwaar are columns (the werkvoorraad, the visibility filter and
/// the lifecycle's conditions ask them in SQL); what is only read whole (the decision, the history, finished bezwaren)
/// is JSON.
/// </summary>
internal sealed class ToelaatbaarheidsverklaringConfiguration : IEntityTypeConfiguration<Toelaatbaarheidsverklaring>
{
    public void Configure(EntityTypeBuilder<Toelaatbaarheidsverklaring> builder)
    {
        builder.ToTable("toelaatbaarheidsverklaring");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Samenwerkingsverband).AlsSwvCode();
        builder.Property(t => t.Vestiging).AlsVestigingCode();
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Vestiging });
        builder.HasIndex(t => t.LeerlingId);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(t => t.LeerlingId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_toelaatbaarheidsverklaring_leerling");
        builder.Property(t => t.LeerlingNaam).HasMaxLength((2 * Leerling.MaximaleLengteNaam) + 1);
        builder.Property(t => t.Soort).HasConversion(s => SoortToelaatbaarheidCodes.Lijst.Code(s), c => SoortToelaatbaarheidCodes.Lijst.Zoek(c)!.Value).HasMaxLength(3);
        builder.Property(t => t.Categorie).HasConversion(c => BekostigingscategorieCodes.Lijst.Code(c), c => BekostigingscategorieCodes.Lijst.Zoek(c)!.Value).HasMaxLength(3);
        builder.Property(t => t.Status).HasConversion(s => TlvStatusCodes.Lijst.Code(s), c => TlvStatusCodes.Lijst.Zoek(c)!.Value).HasMaxLength(20);

        // Per tenant and status, then by einddatum: the werkvoorraad's herindicatie line (bekendgemaakt, by einddatum)
        // reads its page in order and stops at the limit (0.2 ms instead of 4.8 at national size, where PostgreSQL
        // otherwise combined this with the national einddatum index); every other status line uses its first two columns.
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Status, t.Einddatum, t.Id });

        // The list's default order (newest request first, then id) per tenant: its first page reads 100 index entries
        // backwards instead of every TLV of the SWV and a sort (at national size 51 ms to 0.2 ms for 3,000 TLV's).
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.AangevraagdOp, t.Id });
        builder.ComplexProperty(t => t.BeoogdeSchool, b =>
        {
            b.Property(s => s.Vestiging).HasConversion(v => v.Waarde, w => VestigingCode.Parse(w, "vestiging").Waarde).HasMaxLength(6).HasColumnName("beoogde_vestiging");
            b.Property(s => s.Naam).HasMaxLength(BeoogdeSchool.MaximaleLengteNaam).HasColumnName("beoogde_school_naam");
            b.Property(s => s.Soort).HasConversion(s => SoortSchoolCodes.Lijst.Code(s), c => SoortSchoolCodes.Lijst.Zoek(c)!.Value).HasMaxLength(3).HasColumnName("beoogde_school_soort");
            b.Property(s => s.InSamenwerkingsverband).HasColumnName("beoogde_school_in_swv");
        });
        builder.ComplexProperty(t => t.Onderbouwing, b =>
        {
            b.ComplexProperty(o => o.Onderwijsbehoeften, i => i.IvoKolommen("onderwijsbehoefte"));
            b.Property(o => o.Basisondersteuning).HasColumnName("basisondersteuning");
            b.Property(o => o.ExtraOndersteuning).HasColumnName("extra_ondersteuning");
            b.Property(o => o.VisieOuders).HasColumnName("visie_ouders");
            b.Property(o => o.VisieLeerling).HasColumnName("visie_leerling");
            b.Property(o => o.Arrangementen).HasConversion(AlsJson<IReadOnlyList<Guid>>.Converter, AlsJson<IReadOnlyList<Guid>>.Vergelijker).HasColumnType("jsonb").HasColumnName("gekoppelde_arrangementen");
        });
        builder.ComplexProperty(t => t.EersteAdvies, b => Advies(b, "eerste_advies"));
        builder.ComplexProperty(t => t.TweedeAdvies, b => Advies(b, "tweede_advies"));
        builder.ComplexProperty(t => t.LopendBezwaar, b =>
        {
            b.Property(z => z.Indiener).HasConversion(i => IndienerCodes.Lijst.Code(i), c => IndienerCodes.Lijst.Zoek(c)!.Value).HasMaxLength(30);
            b.Property(z => z.IndienerNaam).HasMaxLength(Bezwaar.MaximaleLengteNaam);
            b.Property(z => z.LbtOordeel).HasConversion(o => o == null ? null : LbtOordeelCodes.Lijst.Code(o.Value), c => LbtOordeelCodes.Lijst.Zoek(c));
            b.Property(z => z.Afloop).HasConversion(a => a == null ? null : BezwaarafloopCodes.Lijst.Code(a.Value), c => BezwaarafloopCodes.Lijst.Zoek(c));
            b.Property(z => z.Stukken).HasConversion(AlsJson<IReadOnlyList<Bezwaarstuk>>.Converter, AlsJson<IReadOnlyList<Bezwaarstuk>>.Vergelijker).HasColumnType("jsonb");
        });
        builder.Property(t => t.AfgerondeBezwaren).HasField("_afgerondeBezwaren").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Bezwaar>>.Converter, AlsJson<IReadOnlyList<Bezwaar>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(t => t.Besluit).HasConversion(AlsJson<TlvBesluit>.Converter!, AlsJson<TlvBesluit>.Vergelijker!).HasColumnType("jsonb");
        builder.Property(t => t.Beschikkingsnummer).HasMaxLength(TlvBesluit.MaximaleLengteBeschikkingsnummer);
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Beschikkingsnummer }).IsUnique().HasFilter("beschikkingsnummer IS NOT NULL");
        builder.HasIndex(t => t.Einddatum);
        builder.Property(t => t.Gebeurtenissen).HasField("_gebeurtenissen").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AlsJson<IReadOnlyList<Gebeurtenis>>.Converter, AlsJson<IReadOnlyList<Gebeurtenis>>.Vergelijker).HasColumnType("jsonb");
        builder.Property(t => t.AangevraagdDoor).HasMaxLength(200);
        builder.Property(t => t.RedenIntrekking).HasMaxLength(Onderbouwing.MaximaleLengte);

        // The store numbers every save (trigger in the migration): concurrency token, ETag and place in the LAS feed.
        builder.Property(t => t.Versie).ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(t => t.Versie).IsUnique();

        // The feed's highest change number per tenant, without walking the other tenants' rows (see ArrangementConfiguration).
        builder.HasIndex(t => new { t.Samenwerkingsverband, t.Versie });
        builder.Ignore(t => t.Adviezen);
        builder.Ignore(t => t.DomainEvents);
    }

    private static void Advies(ComplexPropertyBuilder<Deskundigenadvies> b, string prefix)
    {
        b.Property(a => a.Plek).HasConversion(p => AdviesplekCodes.Lijst.Code(p), c => AdviesplekCodes.Lijst.Zoek(c)!.Value).HasMaxLength(10).HasColumnName(prefix + "_plek");
        b.Property(a => a.DeskundigeId).HasColumnName(prefix + "_deskundige_id");
        b.Property(a => a.GebruikerId).HasColumnName(prefix + "_gebruiker_id");
        b.Property(a => a.Naam).HasMaxLength(200).HasColumnName(prefix + "_naam");
        b.Property(a => a.Discipline).HasConversion(d => DisciplineCodes.Lijst.Code(d), c => DisciplineCodes.Lijst.Zoek(c)!.Value).HasMaxLength(40).HasColumnName(prefix + "_discipline");
        b.Property(a => a.Werkgever).HasMaxLength(200).HasColumnName(prefix + "_werkgever");
        b.Property(a => a.Registratie).HasMaxLength(80).HasColumnName(prefix + "_registratie");
        b.Property(a => a.GevraagdOp).HasColumnName(prefix + "_gevraagd_op");
        b.Property(a => a.GevraagdDoor).HasConversion(AlsJson<Actor>.Converter, AlsJson<Actor>.Vergelijker).HasColumnType("jsonb").HasColumnName(prefix + "_gevraagd_door");
        b.Property(a => a.Datum).HasColumnName(prefix + "_datum");
        b.Property(a => a.Toelaatbaar).HasColumnName(prefix + "_toelaatbaar");
        b.Property(a => a.Soort).HasConversion(s => s == null ? null : SoortToelaatbaarheidCodes.Lijst.Code(s.Value), c => SoortToelaatbaarheidCodes.Lijst.Zoek(c)).HasMaxLength(3).HasColumnName(prefix + "_soort");
        b.Property(a => a.Categorie).HasConversion(s => s == null ? null : BekostigingscategorieCodes.Lijst.Code(s.Value), c => BekostigingscategorieCodes.Lijst.Zoek(c)).HasMaxLength(3).HasColumnName(prefix + "_categorie");
        b.Property(a => a.Einddatum).HasColumnName(prefix + "_einddatum");
        b.Property(a => a.MotiveringOnderwijsbehoeften).HasColumnName(prefix + "_motivering_onderwijsbehoeften");
        b.Property(a => a.MotiveringRegulier).HasColumnName(prefix + "_motivering_regulier");
        b.Property(a => a.MotiveringBeoogdeSchool).HasColumnName(prefix + "_motivering_beoogde_school");
        b.Property(a => a.UitgebrachtOp).HasColumnName(prefix + "_uitgebracht_op");
        b.Ignore(a => a.IsUitgebracht);
    }
}
