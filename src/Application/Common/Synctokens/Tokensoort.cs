namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// The list or feed a cursor or token belongs to. It is signed with the token, so a token of one list is refused by
/// every other. The numbers are part of the wire format: never renumber or reuse one.
/// </summary>
public enum Tokensoort : byte
{
    AanbiedersCursor = 1,
    AanbiedersWijzigingen = 2,
    ArrangementenCursor = 3,
    ArrangementenWijzigingen = 4,
    AuditregelsCursor = 5,
    LeerlingenCursor = 6,
    ScholenCursor = 7,
    MijnAanvragenCursor = 8,
    LeerlingZoekCursor = 9,
    DeskundigenCursor = 10,

    /// <summary>A page of the TLV werkvoorraad (the last line's deadline, TLV, role and action).</summary>
    TlvWerkvoorraadCursor = 11,

    /// <summary>A page of the TLV list (an offset, like the schools').</summary>
    TlvCursor = 12,

    /// <summary>A page of the receiving school's full copy of its TLV's (an id and a change number, like the arrangementen's).</summary>
    TlvSyncCursor = 13,

    /// <summary>The change feed of the receiving school's TLV's.</summary>
    TlvWijzigingen = 14,

    /// <summary>A page of a school's full copy of the ROD fields of its OPP's (an id and a change number).</summary>
    OppSyncCursor = 15,

    /// <summary>The change feed of a school's OPP's ROD fields.</summary>
    OppWijzigingen = 16,

    /// <summary>A page of the OPP list (an offset, like the TLV list's).</summary>
    OppCursor = 17,

    /// <summary>A page of the arrangementen werkvoorraad (the last line's deadline, id, role and action).</summary>
    WerkvoorraadCursor = 18,

    /// <summary>A page of the OPP werkvoorraad, "OPP ontbreekt" included (the last line's deadline, case, role and action).</summary>
    OppWerkvoorraadCursor = 19,

    /// <summary>Not handed out: the notificaties feed has no full copy, but every feed names a cursor kind of its own.</summary>
    NotificatiesCursor = 20,

    /// <summary>The notificaties feed of a koppeling (the pull alternative to webhooks).</summary>
    NotificatiesWijzigingen = 21,

    /// <summary>A page of a person's notifications (the id of the last one shown, and whether only unread ones).</summary>
    MeldingenCursor = 22,

    /// <summary>A page of the expert inzet werkvoorraad, open tevredenheidsonderzoeken included (deadline, case, role and action).</summary>
    ExpertinzetWerkvoorraadCursor = 23,

    /// <summary>A page of the aanmeldingen list (an offset, like the OPP list's).</summary>
    AanmeldingCursor = 24,

    /// <summary>A page of the aanmeldingen werkvoorraad (the last line's deadline, aanmelding, role and action).</summary>
    AanmeldingWerkvoorraadCursor = 25,

    /// <summary>A page of the thuiszitters werkvoorraad (the last line's aim, entry, role and action).</summary>
    ThuiszitterWerkvoorraadCursor = 26,

    /// <summary>A page of the thuiszitters register (an offset, like the aanmeldingen list's).</summary>
    ThuiszittersCursor = 27,
}
