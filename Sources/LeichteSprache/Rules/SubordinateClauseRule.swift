/// Flags subordinate clauses (and infinitive clauses as a hint) and splits the ones with a safe
/// template (Hildesheim patterns, rules.md §2.9): `wenn` → `Sie …? Dann …`, `weil` → reason
/// first, then `Deshalb …`, `obwohl` → `Trotzdem …`, `nachdem` → `Danach …`, `sodass`,
/// `damit`, `bevor`, `indem`, and `dass` after verbs of saying with a colon.
struct SubordinateClauseRule: Rule {
  let id: RuleID = "nebensatz"
  let title = "Keine Neben-Sätze"
  let rationale = """
    In einem Neben-Satz steht das Verb am Ende. Der Leser muss sich den ganzen Satz merken, bis er \
    ihn versteht. Hauptsätze mit einer Aussage sind leichter.
    """
  let reference = "Hildesheim (Bredel/Maaß): nur Hauptsätze; LanguageTool RELATIVSAETZE"
  let severity = Severity.warning

  let examples: [Example] = [
    .rewrites(
      "Bitte melden Sie den Hund an, ⟦sofern es sich um einen großen Hund handelt⟧.",
      to: "Es handelt sich um einen großen Hund? Dann melden Sie bitte den Hund an."),
    // Where the moved phrase ends is not certain: a genitive attribute, a truncated compound.
    .rewrites(
      "Die Erstattung erfolgt auch, ⟦wenn für die Finanzierung der genannten Leistungen Mittel der Pflege eingesetzt werden⟧.",
      to:
        "Die Erstattung erfolgt auch, wenn für die Finanzierung der genannten Leistungen Mittel der Pflege eingesetzt werden."
    ),
    .rewrites(
      "Die Kasse hat Mittel zuzuführen, ⟦wenn Einnahme- und Ausgabeschwankungen nicht ausgeglichen werden können⟧.",
      to:
        "Die Kasse hat Mittel zuzuführen, wenn Einnahme- und Ausgabeschwankungen nicht ausgeglichen werden können."
    ),
    .ok("Das Haus ist groß."),
    .ok("Wir prüfen den Antrag. Dann schicken wir Ihnen einen Brief."),
    // `wenn nötig` (written for `ggf.`) and `falls möglich` are adverbs, not clauses.
    .ok("Darüber werden Sie wenn nötig getrennt unterrichtet."),
    .ok("Wenn nötig bringen Sie den Ausweis mit."),
    .ok("Er kommt, die Stadt ist schön."),
    .flags("Wir wissen nicht, ⟦ob Sie umgezogen sind⟧."),
    .flags("Sie müssen sich melden, ⟦um Geld zu bekommen⟧."),
    .rewrites(
      "⟦Wenn Sie Wohngeld beantragen wollen⟧, müssen Sie ein Formular ausfüllen.",
      to: "Sie wollen Wohngeld beantragen? Dann müssen Sie ein Formular ausfüllen."),
    .rewrites(
      "Rufen Sie uns an, ⟦falls Sie Fragen haben⟧.",
      to: "Sie haben Fragen? Dann rufen Sie uns an."),
    .rewrites(
      "Das Amt ist geschlossen, ⟦weil heute ein Feiertag ist⟧.",
      to: "Heute ist ein Feiertag. Deshalb ist das Amt geschlossen."),
    .rewrites(
      "⟦Da die Unterlagen fehlen⟧, können wir nicht entscheiden.",
      to: "Die Unterlagen fehlen. Deshalb können wir nicht entscheiden."),
    .rewrites(
      "⟦Obwohl Sie den Antrag gestellt haben⟧, fehlt noch ein Nachweis.",
      to: "Sie haben den Antrag gestellt. Trotzdem fehlt noch ein Nachweis."),
    .rewrites(
      "Die Unterlagen fehlen, ⟦sodass wir nicht entscheiden können⟧.",
      to: "Die Unterlagen fehlen. Deshalb können wir nicht entscheiden."),
    .rewrites(
      "⟦Nachdem wir Ihren Antrag geprüft haben⟧, bekommen Sie einen Bescheid.",
      to: "Wir haben Ihren Antrag geprüft. Danach bekommen Sie einen Bescheid."),
    .rewrites(
      "Schicken Sie uns die Belege, ⟦damit wir den Antrag prüfen können⟧.",
      to: "Schicken Sie uns die Belege. Dann können wir den Antrag prüfen."),
    .rewrites(
      "⟦Bevor Sie kommen⟧, rufen Sie uns an.",
      to: "Sie rufen uns an. Danach kommen Sie."),
    .rewrites(
      "Sie können Zeit sparen, ⟦indem Sie den Termin online buchen⟧.",
      to: "So können Sie Zeit sparen: Sie buchen den Termin online."),
    .rewrites(
      "Bitte beachten Sie, ⟦dass das Amt am 30. Januar geschlossen ist⟧.",
      to: "Bitte beachten Sie: Das Amt ist am 30. Januar geschlossen."),
    .rewrites(
      "Wir teilen Ihnen mit, ⟦dass Sie den Antrag ausfüllen müssen⟧.",
      to: "Wir teilen Ihnen mit: Sie müssen den Antrag ausfüllen."),
    .rewrites(
      "⟦Wenn Sie ausziehen⟧, melden Sie sich bei uns.",
      to: "Sie ziehen aus? Dann melden Sie sich bei uns."),
    // A condition without `wenn`: the verb comes first.
    .rewrites(
      "⟦Ist der Antrag vollständig⟧, prüfen wir ihn sofort.",
      to: "Der Antrag ist vollständig? Dann prüfen wir ihn sofort."),
    .rewrites(
      "⟦Kommen Sie der Aufforderung nicht nach⟧, wird das Geld gekürzt.",
      to: "Sie kommen der Aufforderung nicht nach? Dann wird das Geld gekürzt."),
    .rewrites(
      "⟦Haben Sie Fragen⟧, so rufen Sie uns an.", to: "Sie haben Fragen? Dann rufen Sie uns an."),
    .rewrites(
      "⟦Geht bis zum 3. Mai keine Antwort ein⟧, entscheiden wir nach Aktenlage.",
      to: "Bis zum 3. Mai geht keine Antwort ein? Dann entscheiden wir nach Aktenlage."),
    .rewrites(
      "⟦Sollten Sie die Zahlung schon veranlasst haben⟧, betrachten Sie dieses Schreiben bitte als gegenstandslos.",
      to:
        "Sie haben die Zahlung schon veranlasst? Dann betrachten Sie dieses Schreiben bitte als gegenstandslos."
    ),
    .rewrites(
      "⟦Sollten Sie am Termin krank sein⟧, rufen Sie uns bitte an.",
      to: "Sie sind am Termin krank? Dann rufen Sie uns bitte an."),
    .rewrites(
      "⟦Sollten die Unterlagen fehlen⟧, müssen wir den Antrag ablehnen.",
      to: "Die Unterlagen fehlen? Dann müssen wir den Antrag ablehnen."),
    // `Sollte` needs the singular verb form, `umziehen` may be separable or not: no rewrite.
    .flags("⟦Sollte der Betrag nicht eingehen⟧, müssen wir mahnen."),
    .flags("⟦Sollten Sie umziehen⟧, melden Sie sich bitte bei uns."),
    // Two requests in a row, a question, a second main clause: not a condition.
    .ok("Füllen Sie das Formular aus, senden Sie es an uns zurück."),
    .ok("Ist der Antrag vollständig, oder fehlt noch etwas?"),
    .rewrites(
      "Wird ein Hund abgeschafft, verkauft oder stirbt er, so ist dies zu melden.",
      to: "Wird ein Hund abgeschafft, verkauft oder stirbt er, so ist dies zu melden."),
    // The main clause has its connector already; `für` belongs to the noun before it.
    .rewrites(
      "Dann wirkt die Aufforderung fort, ⟦wenn das Amt dies bestimmt⟧.",
      to: "Dann wirkt die Aufforderung fort, wenn das Amt dies bestimmt."),
    .rewrites(
      "Die Frist beginnt, ⟦wenn die Agentur für Arbeit den Antrag bekommt⟧.",
      to: "Die Frist beginnt, wenn die Agentur für Arbeit den Antrag bekommt."),
    // A pronoun that points at a noun of the main clause, a correlate `es`, a question: the
    // clauses keep their order.
    .rewrites(
      "Die Stimme des Vorsitzenden entscheidet, ⟦wenn er stimmberechtigt ist⟧.",
      to: "Die Stimme des Vorsitzenden entscheidet, wenn er stimmberechtigt ist."),
    .rewrites(
      "Es würde uns freuen, ⟦wenn Sie kommen⟧.", to: "Es würde uns freuen, wenn Sie kommen."),
    .rewrites(
      "Sind noch Plätze frei, ⟦sodass wir kommen können⟧?",
      to: "Sind noch Plätze frei, sodass wir kommen können?"),
    // `Ihnen` is no determiner, `ein der` no noun phrase, `oder` joins two subjects.
    .rewrites(
      "⟦Hat Ihnen der Arzt Tabletten verschrieben⟧, nehmen Sie diese ein.",
      to: "Hat Ihnen der Arzt Tabletten verschrieben, nehmen Sie diese ein."),
    .rewrites(
      "⟦Ist die Anzeige oder der Antrag unvollständig⟧, teilt die Behörde das mit.",
      to: "Ist die Anzeige oder der Antrag unvollständig, teilt die Behörde das mit."),
    // Pronouns before the subject, a verb the lexicon does not know (`ergeht`), a form also
    // read as a participle after the comma (`beträgt`), `nur` inside the clause.
    .rewrites(
      "Sie bekommen einen Bescheid, ⟦sobald uns die Erklärung vorliegt⟧.",
      to: "Die Erklärung liegt uns vor. Dann bekommen Sie einen Bescheid."),
    .rewrites(
      "Die Entscheidung ergeht vorläufig, ⟦da Ihr Einkommen sich ändert⟧.",
      to: "Ihr Einkommen ändert sich. Deshalb ergeht die Entscheidung vorläufig."),
    .rewrites(
      "⟦Da das Einkommen höher ist⟧, beträgt das Elterngeld 65 Prozent.",
      to: "Das Einkommen ist höher. Deshalb beträgt das Elterngeld 65 Prozent."),
    .rewrites(
      "Die Miete liegt über dem Höchstbetrag, ⟦sodass nur dieser Betrag zählt⟧.",
      to: "Die Miete liegt über dem Höchstbetrag. Deshalb zählt nur dieser Betrag."),
    // The clauses before a final `damit` clause stay together.
    .rewrites(
      "Wir empfehlen, ⟦den Antrag früh abzugeben⟧, ⟦damit die Zahlung pünktlich kommt⟧.",
      to: "Wir empfehlen, den Antrag früh abzugeben. Dann kommt die Zahlung pünktlich."),
    .rewrites(
      "⟦Wenn das abgelaufen ist⟧, wird der Joghurt weggeworfen.",
      to: "Das ist abgelaufen? Dann wird der Joghurt weggeworfen."),
    .rewrites(
      "⟦Wenn der Boden viel Kalk enthält⟧, ist er auch im Wein.",
      to: "Der Boden enthält viel Kalk? Dann ist er auch im Wein."),
    // `wie bereits mitgeteilt` has no subject: the participle is no finite verb.
    .ok("Die Frist endet, wie bereits mitgeteilt, am Montag."),
    // A purpose (`um … zu`) with `Sie` or `wir` as the subject of the main clause.
    .rewrites(
      "⟦Um die Leistung zu bekommen⟧, müssen Sie den Nachweis schicken.",
      to: "Sie wollen die Leistung bekommen. Deshalb müssen Sie den Nachweis schicken."),
    .rewrites(
      "Sie müssen sich melden, ⟦um Geld zu bekommen⟧.",
      to: "Sie wollen Geld bekommen. Deshalb müssen Sie sich melden."),
    .rewrites(
      "Wir brauchen den Bescheid, ⟦um den Antrag abzuschließen⟧.",
      to: "Wir wollen den Antrag abschließen. Deshalb brauchen wir den Bescheid."),
    // Two alternatives for the reader.
    .rewrites(
      "⟦Wenn Sie per Brief wählen möchten⟧ oder in einem anderen Raum wählen wollen, brauchen Sie einen Schein.",
      to:
        "Sie möchten per Brief wählen? Oder Sie wollen in einem anderen Raum wählen? Dann brauchen Sie einen Schein."
    ),
    .rewrites(
      "⟦Wenn Sie Fragen haben oder die Unterlagen fehlen⟧, rufen Sie uns an.",
      to: "Wenn Sie Fragen haben oder die Unterlagen fehlen, rufen Sie uns an."),
    // `nur`/`erst` right before the clause go with the connector.
    .rewrites(
      "Ein Anspruch auf Wohngeld besteht nur, ⟦wenn Sie rechtzeitig einen Antrag stellen⟧.",
      to: "Sie stellen rechtzeitig einen Antrag? Nur dann besteht ein Anspruch auf Wohngeld."),
    .rewrites(
      "Die Zahlung beginnt erst, ⟦wenn der Nachweis vorliegt⟧.",
      to: "Der Nachweis liegt vor? Erst dann beginnt die Zahlung."),
    // `erst` right before the verbs at the end of the main clause points at the condition;
    // before any other word (`erst morgen`) it may point at that word.
    .rewrites(
      "Mit den Arbeiten darf erst begonnen werden, ⟦wenn der Nachweis vorliegt⟧.",
      to: "Der Nachweis liegt vor? Erst dann darf mit den Arbeiten begonnen werden."),
    .rewrites(
      "Das Geld wird nur gezahlt, ⟦wenn Sie den Antrag stellen⟧.",
      to: "Sie stellen den Antrag? Nur dann wird das Geld gezahlt."),
    .rewrites(
      "Sie können nur online bezahlen, ⟦wenn Sie ein Konto haben⟧.",
      to: "Sie können nur online bezahlen, wenn Sie ein Konto haben."),
    .rewrites(
      "Die Halle darf erst morgen benutzt werden, ⟦wenn der Nachweis vorliegt⟧.",
      to: "Die Halle darf erst morgen benutzt werden, wenn der Nachweis vorliegt."),
    // The clause's subject is a pronoun of the noun phrase in front: noun and pronoun swap.
    .rewrites(
      "Die bauliche Anlage darf erst benutzt werden, ⟦wenn sie fertiggestellt ist⟧.",
      to: "Die bauliche Anlage ist fertiggestellt? Erst dann darf sie benutzt werden."),
    .rewrites(
      "Eine Kürzung erfolgt nicht, ⟦wenn sie zu einer Härte führt⟧.",
      to: "Eine Kürzung führt zu einer Härte? Dann erfolgt sie nicht."),
    .rewrites(
      "Die Kosten für die Unterkunft werden übernommen, ⟦soweit sie angemessen sind⟧.",
      to: "Die Kosten für die Unterkunft sind angemessen? Dann werden sie übernommen."),
    .rewrites(
      "Der Antrag wird abgelehnt, ⟦weil er unvollständig ist⟧.",
      to: "Der Antrag ist unvollständig. Deshalb wird er abgelehnt."),
    // … not after a quantifier, not when the noun phrase is an object, not for an object pronoun.
    .rewrites(
      "Jeder Antrag wird geprüft, ⟦wenn er vollständig ist⟧.",
      to: "Jeder Antrag wird geprüft, wenn er vollständig ist."),
    .rewrites(
      "Die Halle prüfen wir, ⟦wenn sie fertig ist⟧.",
      to: "Die Halle prüfen wir, wenn sie fertig ist."),
    .rewrites(
      "Eine Anhörung unterbleibt, ⟦wenn ihr ein Interesse entgegensteht⟧.",
      to: "Eine Anhörung unterbleibt, wenn ihr ein Interesse entgegensteht."),
    // A reflexive pronoun before the subject stays after the verb.
    .rewrites(
      "Der Betrag kann sinken, ⟦wenn sich die Verhältnisse ändern⟧.",
      to: "Die Verhältnisse ändern sich? Dann kann der Betrag sinken."),
    // … but not with another template or a second particle.
    .flags("Wir zahlen nur, ⟦weil Sie arm sind⟧."),
    .flags("Nur Sie zahlen nur, ⟦wenn Sie kommen⟧."),
    // A frame that a modal verb says shorter (`InfinitiveFrames.swift`): one main clause.
    .rewrites(
      "Sie sind verpflichtet, ⟦uns jede Änderung sofort mitzuteilen⟧.",
      to: "Sie müssen uns jede Änderung sofort mitteilen."),
    .rewrites(
      "Daher ist die Behörde verpflichtet, ⟦sich zu melden oder zu einem Termin zu kommen⟧.",
      to: "Daher muss die Behörde sich melden oder zu einem Termin kommen."),
    .rewrites(
      "Sie haben die Möglichkeit, ⟦innerhalb eines Monats Widerspruch einzulegen⟧.",
      to: "Sie können innerhalb eines Monats Widerspruch einlegen."),
    .rewrites("Sie haben das Recht, ⟦die Akte einzusehen⟧.", to: "Sie dürfen die Akte einsehen."),
    // Two requests with an object each: two sentences; a shared object is named again.
    .rewrites(
      "Wir bitten Sie, ⟦das Formular auszufüllen und die Belege beizulegen⟧.",
      to: "Bitte füllen Sie das Formular aus. Bitte legen Sie die Belege bei."),
    .rewrites(
      "Wir bitten Sie, ⟦das Formular zu unterschreiben und an uns zurückzuschicken⟧.",
      to: "Bitte unterschreiben Sie das Formular. Bitte schicken Sie das Formular an uns zurück."),
    // … not when the second verb may take no object, or the first part is more than the object.
    .rewrites(
      "Wir bitten Sie, ⟦das Formular auszufüllen und pünktlich zu kommen⟧.",
      to: "Wir bitten Sie, das Formular auszufüllen und pünktlich zu kommen."),
    .rewrites(
      "Wir bitten Sie, ⟦das Formular sofort zu unterschreiben und zurückzuschicken⟧.",
      to: "Wir bitten Sie, das Formular sofort zu unterschreiben und zurückzuschicken."),
    .rewrites(
      "Wir möchten Sie daher bitten, ⟦das Formular zurückzuschicken⟧.",
      to: "Bitte schicken Sie daher das Formular zurück."),
    .rewrites(
      "Sie sind verhindert? Dann bitten wir Sie, ⟦uns vorher anzurufen⟧.",
      to: "Sie sind verhindert? Dann rufen Sie uns bitte vorher an."),
    .rewrites(
      "Dann bitten wir Sie, ⟦uns anzurufen⟧.", to: "Dann rufen Sie uns bitte an."),
    // `soweit` as a condition; not `soweit ich weiß`.
    .rewrites(
      "⟦Soweit Sie mit der Entscheidung nicht einverstanden sind⟧, können Sie Widerspruch erheben.",
      to: "Sie sind mit der Entscheidung nicht einverstanden? Dann können Sie Widerspruch erheben."),
    .rewrites(
      "Die Kosten werden übernommen, ⟦soweit sie angemessen sind⟧.",
      to: "Die Kosten sind angemessen? Dann werden sie übernommen."),
    .ok("Soweit ich weiß, kommt er morgen."),
    // A phrase with `auf`/`vom` after the noun stays with it; `noch` is an adverb there.
    .rewrites(
      "Wir teilen Ihnen mit, ⟦dass Ihr Antrag auf Wohngeld vom 3. März abgelehnt wird⟧.",
      to: "Wir teilen Ihnen mit: Ihr Antrag auf Wohngeld vom 3. März wird abgelehnt."),
    .rewrites(
      "Wir erinnern Sie daran, ⟦dass die Zahlung noch aussteht⟧.",
      to: "Wir erinnern Sie daran: Die Zahlung steht noch aus."),
    // An adjective in -er before a noun after the subject: a genitive attribute, the phrase
    // goes on.
    .rewrites(
      "Das ist der Fall, ⟦wenn eine Vielzahl gleich gelagerter Fälle vorliegt⟧.",
      to: "Das ist der Fall, wenn eine Vielzahl gleich gelagerter Fälle vorliegt."),
    // A bare verb stem is an adjective (`schnell`), no second verb.
    .rewrites(
      "Bringen Sie den Ausweis mit, ⟦damit wir Sie schnell aufrufen können⟧.",
      to: "Bringen Sie den Ausweis mit. Dann können wir Sie schnell aufrufen."),
    // A `dass` clause whose subject has a relative clause: subject, relative clause, verb.
    .rewrites(
      "Bitte beachten Sie, ⟦dass Anträge⟧, die nach dem 31. März eingehen, nicht berücksichtigt werden können.",
      to:
        "Bitte beachten Sie: Anträge, die nach dem 31. März eingehen, können nicht berücksichtigt werden."
    ),
    // A correlate (`darauf`, `davon`) before the `dass` clause: the colon stands for it.
    .rewrites(
      "Die Absage beruht darauf, ⟦dass Ihr Einkommen zu hoch ist⟧.",
      to: "Die Absage beruht darauf: Ihr Einkommen ist zu hoch."),
    .rewrites(
      "Wir gehen davon aus, ⟦dass Sie den Platz nicht brauchen⟧.",
      to: "Wir gehen davon aus: Sie brauchen den Platz nicht."),
    // `um … prüfen zu können`: the purpose is `prüfen`.
    .rewrites(
      "⟦Um Ihren Anspruch prüfen zu können⟧, brauchen wir einen Nachweis.",
      to: "Wir wollen Ihren Anspruch prüfen. Deshalb brauchen wir einen Nachweis."),
    // A reason with `sonst` stays after the main clause.
    .rewrites(
      "Bitte reichen Sie die Unterlagen ein, ⟦da wir sonst nicht entscheiden können⟧.",
      to: "Bitte reichen Sie die Unterlagen ein. Sonst können wir nicht entscheiden."),
    // Two reasons joined by `und`, two conditions joined by `oder` (`CoordinatedReasons.swift`).
    .rewrites(
      "Die Sperrung ist nötig, ⟦da ein Widerspruch aufschiebende Wirkung hätte⟧ und die Straße nicht gesperrt werden könnte.",
      to:
        "Ein Widerspruch hätte aufschiebende Wirkung. Die Straße könnte nicht gesperrt werden. Deshalb ist die Sperrung nötig."
    ),
    .rewrites(
      "⟦Wenn die Frist abgelaufen ist⟧ oder der Antrag fehlt, lehnen wir ab.",
      to: "Die Frist ist abgelaufen? Oder der Antrag fehlt? Dann lehnen wir ab."),
    // The second part may share the subject (`die Unterlagen` is the object): it stays.
    .rewrites(
      "⟦Weil Sie umgezogen sind und die Unterlagen einreichen⟧, zahlen wir.",
      to: "Weil Sie umgezogen sind und die Unterlagen einreichen, zahlen wir."),
    // An ambiguous particle is separable when the table has its zu-infinitive (`umzuziehen`).
    .rewrites(
      "Für den Fall, ⟦dass Sie umziehen⟧, melden Sie sich bitte.",
      to: "Sie ziehen um? Dann melden Sie sich bitte."),
    .rewrites(
      "Es wird darauf hingewiesen, ⟦dass unvollständige Anträge nicht bearbeitet werden⟧.",
      to: "Wichtig: Unvollständige Anträge werden nicht bearbeitet."),
    // A phrase after the noun may belong to it: the pronoun goes first, the phrase stays whole.
    .rewrites(
      "Wir haben festgestellt, ⟦dass Ihnen ein Anspruch auf Kinderzuschlag zusteht⟧.",
      to: "Wir haben festgestellt: Ihnen steht ein Anspruch auf Kinderzuschlag zu."),
    .rewrites(
      "Nach Prüfung Ihres Antrags beabsichtige ich, ⟦den Antrag abzulehnen⟧.",
      to: "Nach Prüfung Ihres Antrags will ich den Antrag ablehnen."),
    .rewrites(
      "Wir bitten Sie daher, ⟦Ihr Kind an einer Grundschule anzumelden⟧.",
      to: "Bitte melden Sie daher Ihr Kind an einer Grundschule an."),
    .rewrites(
      "Wir bitten Sie, ⟦den Betrag bis zum 3. Mai 2026 zu überweisen⟧.",
      to: "Bitte überweisen Sie den Betrag bis zum 3. Mai 2026."),
    .rewrites(
      "Sie werden gebeten, ⟦die Unterlagen einzureichen⟧, ⟦wenn Sie umziehen⟧.",
      to: "Sie ziehen um? Dann reichen Sie bitte die Unterlagen ein."),
    .rewrites(
      "Sie sind verpflichtet, Änderungen, die das Einkommen betreffen, ⟦sofort mitzuteilen⟧.",
      to: "Sie müssen Änderungen, die das Einkommen betreffen, sofort mitteilen."),
    .rewrites(
      "Wir bitten Sie, den Betrag bis zum 3. Mai, spätestens aber bis zum 10. Mai, ⟦zu überweisen⟧.",
      to: "Bitte überweisen Sie den Betrag bis zum 3. Mai, spätestens aber bis zum 10. Mai."),
    .rewrites(
      "Wir bitten Sie, ⟦den Betrag auf eines der folgenden Konten zu überweisen⟧:\n\n- Konto 1\n- Konto 2",
      to: "Bitte überweisen Sie den Betrag auf eines der folgenden Konten:\n\n- Konto 1\n- Konto 2"),
    // Infinitives joined across a relative clause all lose their `zu`.
    .rewrites(
      "Sie sind verpflichtet, ⟦alle Tatsachen anzugeben⟧, die erheblich sind, ⟦und Belege vorzulegen⟧.",
      to: "Sie müssen alle Tatsachen angeben, die erheblich sind, und Belege vorlegen."),
    // Someone else asks, a past frame, two verbs to put in front: the clause stays.
    .flags("Er bittet Sie, ⟦morgen zu kommen⟧."),
    .flags("Sie waren verpflichtet, ⟦den Betrag zu zahlen⟧."),
    .flags("Wir bitten Sie, ⟦das Formular zu lesen und zu unterschreiben⟧."),
    // Another subject, two infinitives, a pronoun that points back: the clause stays.
    .flags("Der Antrag wird geprüft, ⟦um Fehler zu finden⟧."),
    .flags("Er fährt in den Wald, ⟦um Rast zu machen und Pilze zu suchen⟧."),
    .flags("Sie brauchen den Bescheid, ⟦um ihn vorzulegen⟧."),
    // A list item that goes on with the sentence before it.
    .rewrites(
      "im Falle der Nummer 8 die Gemeinschaft nicht mehr besteht, ⟦sofern die Personen verbunden sind⟧.",
      to:
        "im Falle der Nummer 8 die Gemeinschaft nicht mehr besteht, sofern die Personen verbunden sind."
    ),
    // After the salutation of a letter the first sentence starts in lower case.
    .rewrites(
      "Sehr geehrte Frau Muster,\n\nwir teilen Ihnen mit, ⟦dass der Antrag vollständig ist⟧.",
      to: "Sehr geehrte Frau Muster,\n\nwir teilen Ihnen mit: Der Antrag ist vollständig."),
    .rewrites(
      "Sie können sich an uns wenden, ⟦wenn Sie Fragen haben⟧.",
      to: "Sie haben Fragen? Dann können Sie sich an uns wenden."),
    // A connector in the main clause stays alone unless the main clause comes first.
    .rewrites(
      "Dann rufen Sie mich an, ⟦damit wir einen Termin vereinbaren können⟧.",
      to: "Dann rufen Sie mich an. Dann können wir einen Termin vereinbaren."),
    // An adjective after the article is no verb; a pronoun stays next to the verb.
    .rewrites(
      "Der widerrufene Bescheid wird unwirksam, ⟦wenn die Behörde keinen Zeitpunkt bestimmt⟧.",
      to: "Der widerrufene Bescheid wird unwirksam, wenn die Behörde keinen Zeitpunkt bestimmt."),
    .rewrites(
      "Auf Antrag ist sie zu ändern, ⟦wenn der Antragsteller ein Interesse hat⟧.",
      to: "Der Antragsteller hat ein Interesse? Dann ist sie auf Antrag zu ändern."),
    // `unterschreiben` may be separable or not: the clause stays as it is.
    .flags("Wir brauchen das Formular, ⟦weil Sie unterschreiben⟧."),
    .rewrites(
      "Digitalisierung bedeutet, ⟦dass Computer miteinander kommunizieren⟧.",
      to: "Digitalisierung bedeutet: Computer kommunizieren miteinander."),
    .rewrites(
      "Das Problem ist, ⟦dass die Schiffe keine Filter haben⟧.",
      to: "Das Problem ist: Die Schiffe haben keine Filter."),
    .rewrites(
      "Wir weisen darauf hin, ⟦dass das Amt am Montag geschlossen ist⟧.",
      to: "Wir weisen darauf hin: Das Amt ist am Montag geschlossen."),
    .rewrites(
      "Wir weisen darauf hin, ⟦dass Sie verpflichtet sind⟧, ⟦alle Tatsachen anzugeben⟧.",
      to: "Wir weisen darauf hin: Sie müssen alle Tatsachen angeben."),
    .rewrites(
      "Für den Fall, ⟦dass die Sitzung nicht bis 22 Uhr endet⟧, wird sie am Dienstag fortgesetzt.",
      to: "Die Sitzung endet nicht bis 22 Uhr? Dann wird sie am Dienstag fortgesetzt."),
    .rewrites(
      "Es ist erforderlich, ⟦dass Sie die Unterlagen bis zum 3. Mai 2026 einreichen⟧.",
      to: "Sie müssen die Unterlagen bis zum 3. Mai 2026 einreichen."),
    // Someone else, a verb cluster: the clause stays.
    .flags("Es ist erforderlich, ⟦dass der Antrag vorliegt⟧."),
    .flags("Es ist erforderlich, ⟦dass Sie die Unterlagen einreichen können⟧."),
    // A demand is no statement: after a colon it would read as a fact.
    .flags("Sie verlangt, ⟦dass die Produkte fair verarbeitet werden⟧."),
    // `dass` after a verb that does not say or ask: no colon.
    .flags("Es ist wichtig, ⟦dass Sie kommen⟧."),
  ]

  static let subordinateMessage = MessagePattern(
    "Das ist ein Neben-Satz mit „{}“. Schreiben Sie daraus einen eigenen Satz.")

  func check(_ sentence: AnalyzedSentence, in context: Context) -> [Finding] {
    var found: [Finding] = []
    if ClauseSplit.verbFirstCondition(sentence) != nil {
      found.append(
        finding(
          sentence.clauses[0].range,
          "Das ist eine Bedingung ohne „wenn“: Das Verb steht am Anfang. Schreiben Sie daraus einen eigenen Satz."
        ))
    }
    return found
      + sentence.clauses.compactMap { clause in
        switch clause.kind {
        case .subordinate:
          let word = clause.introducer.map { sentence.tokens[$0].text } ?? ""
          return finding(
            clause.range,
            Self.subordinateMessage(word))
        case .infinitive
        where clause.tokens.lowerBound > 0
          || clause.introducer.map({ sentence.tokens[$0].text }) == "Um":
          return finding(
            clause.range,
            "Das ist ein Neben-Satz mit „zu“. Schreiben Sie daraus einen eigenen Satz.",
            severity: .hint)
        default:
          return nil
        }
      }
  }

  func rewrite(_ finding: Finding, in context: Context) -> [Edit] {
    guard let sentence = context.document.sentence(at: finding.range.start),
      sentence.blockKind == .paragraph || sentence.blockKind == .listItem,
      sentence.startsAsSentence(in: context),
      let k = sentence.clauses.firstIndex(where: {
        $0.range == finding.range
          && ($0.kind == .subordinate || $0.kind == .main || $0.kind == .infinitive)
      })
    else { return [] }
    let split = ClauseSplit(
      sentence, analyzer: context.analyzer, letter: context.profile.simplify.letter)
    let replacement: String?
    if sentence.clauses[k].kind == .main {
      replacement = k == 0 ? split.splitVerbFirst() : nil
    } else if sentence.clauses[k].kind == .infinitive {
      replacement = split.splitPurpose(clause: k) ?? split.mergeModalFrame(clause: k)
    } else {
      replacement =
        split.split(clause: k) ?? split.splitAlternatives(clause: k)
        ?? split.splitCoordinatedBody(clause: k) ?? split.splitInterruptedSaying(clause: k)
    }
    guard let replacement else { return [] }
    return [sentence.replacement(replacement, in: context)]
  }
}

/// The split templates of adverbial and `dass` clauses.
struct ClauseSplit {
  enum Template {
    /// `Sie …? Dann …`
    case condition
    /// The subordinate clause first as a sentence, then the connector and the main clause.
    case subordinateFirst(String)
    /// The main clause first, then the connector and the subordinate clause.
    case mainFirst(String)
    /// `So …: …`
    case manner
    /// `… mitteilen: …` (only after verbs of saying or asking).
    case colon

    /// The main clause stays as it is and gets no connector.
    var keepsMain: Bool {
      switch self {
      case .mainFirst, .colon: return true
      default: return false
      }
    }
  }

  static let templates: [String: Template] = [
    "wenn": .condition, "falls": .condition, "sofern": .condition, "soweit": .condition,
    "weil": .subordinateFirst("Deshalb"), "da": .subordinateFirst("Deshalb"),
    "zumal": .subordinateFirst("Deshalb"),
    "obwohl": .subordinateFirst("Trotzdem"), "obgleich": .subordinateFirst("Trotzdem"),
    "wenngleich": .subordinateFirst("Trotzdem"),
    "nachdem": .subordinateFirst("Danach"), "sobald": .subordinateFirst("Dann"),
    "bevor": .mainFirst("Danach"), "ehe": .mainFirst("Danach"),
    "sodass": .mainFirst("Deshalb"), "damit": .mainFirst("Dann"),
    "indem": .manner, "dass": .colon,
  ]

  /// Frames that make a following `dass Sie …` clause a duty of the reader.
  static let dutyFrames: Set<String> = [
    "Es ist erforderlich", "Es ist notwendig", "Es ist nötig", "Es ist zwingend erforderlich",
    "Es ist daher erforderlich", "Es ist deshalb erforderlich", "Es ist unbedingt erforderlich",
    "Es ist unbedingt notwendig",
  ]

  /// Verbs of knowing and seeing: `soweit ich weiß` is no condition.
  static let knowingVerbs: Set<String> = [
    "wissen", "sehen", "erkennen", "überblicken", "beurteilen", "erinnern", "bekannt",
  ]

  /// Impersonal notices before a `dass` clause (`Es wird darauf hingewiesen, dass …`).
  static let noticeFrames: Set<String> = [
    "Es wird darauf hingewiesen", "Es wird ausdrücklich darauf hingewiesen",
    "Es wird hiermit darauf hingewiesen", "Es wird nochmals darauf hingewiesen",
    "Es wird besonders darauf hingewiesen", "Es wird hierbei darauf hingewiesen",
    "Es wird daher darauf hingewiesen", "Es wird vorsorglich darauf hingewiesen",
  ]

  /// Phrases that make a following `dass` clause a condition (like `falls`).
  static let conditionFrames: Set<String> = [
    "Für den Fall", "Im Fall", "Im Falle", "Für den Falle", "Unter der Voraussetzung",
  ]

  /// Verbs after which a `dass` clause is what is said, asked or known.
  static let sayingVerbs: Set<String> = [
    "mitteilen", "sagen", "informieren", "bitten", "hinweisen", "beachten", "wissen", "erklären",
    "bestätigen", "schreiben", "versichern", "feststellen", "erinnern", "zeigen", "berücksichtigen",
    "melden", "antworten", "glauben", "denken", "meinen", "bedenken", "nachweisen", "darlegen",
    "benachrichtigen", "klarstellen", "betonen", "erfahren", "sehen", "hören", "lesen",
    // What something means, what was found, thought or decided (not demands: `verlangen,
    // dass …` would read as a fact after a colon).
    "bedeuten", "heißen", "ausrechnen", "berechnen", "vermuten", "schätzen", "erkennen",
    "angeben", "befürchten", "fürchten", "hoffen", "annehmen", "herausfinden", "berichten",
    "ankündigen", "behaupten", "beschließen", "entscheiden", "warnen", "verweisen",
  ]

  /// Forms of `sein` that end a clause whose predicate is the `dass` clause (`Das Problem ist,
  /// dass …` → `Das Problem ist: …`).
  static let copulas: Set<String> = ["ist", "sind", "war", "waren"]

  /// Focus particles that point at the subordinate clause (`nur, wenn …`): moving the clause
  /// away would change what they mean.
  static let focusParticles: Set<String> = [
    "nur", "erst", "lediglich", "ausschließlich", "bloß", "allein", "so", "dann", "dadurch",
    "daher", "deshalb", "deswegen", "insoweit", "insofern", "solange",
  ]

  /// Connectors the templates write; a main clause with one of them gets no second one.
  static let connectors: Set<String> = [
    "dann", "deshalb", "trotzdem", "danach", "so", "daher", "deswegen", "darum",
  ]

  var parts: ClauseParts
  var sentence: AnalyzedSentence { parts.sentence }

  init(_ sentence: AnalyzedSentence, analyzer: Analyzer, letter: Bool = true) {
    parts = ClauseParts(sentence, analyzer: analyzer)
    parts.politeStart = letter
  }

  /// Pronouns that point back to a noun: a clause with one of them cannot move before the
  /// clause that names the noun (`…, wenn er zustimmt` → `Er stimmt zu? Dann …`).
  static let anaphora: Set<String> = [
    "er", "sie", "ihn", "ihm", "ihnen", "ihr", "dies", "diese", "dieser", "dieses", "diesem",
    "diesen", "dessen", "deren", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihre",
    "ihren", "ihrem", "ihrer", "ihres", "dieser", "derselbe", "dieselbe", "dasselbe",
  ]

  /// The sentence with subordinate clause `k` split off, or nil when no template is safe.
  func split(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let sub = clauses[k]
    // `nur`/`erst` in the main clause, or a correlate next to the comma (`nur, wenn`,
    // `wenn …, dann`), belongs to the subordinate clause.
    let edge = sub.tokens.lowerBound > 0 ? sub.tokens.lowerBound - 1 : sub.tokens.upperBound
    let neighbour = edge > 0 && edge == sub.tokens.lowerBound - 1 ? edge - 1 : edge + 1
    // `… besteht nur, wenn …` / `… darf erst …, wenn …`: the particle goes with the connector
    // (`Sie stellen den Antrag? Nur dann besteht …`) when it stands right before the comma of
    // a final `wenn`/`falls`/`sofern` clause.
    // `… darf erst benutzt werden, wenn …`: `erst` or `nur` before the verbs that end the main
    // clause goes with the connector too (`Erst dann darf … benutzt werden`).
    let focusIndex: Int? = {
      guard k > 0, k == clauses.count - 1, let introducer = sub.introducer,
        case .condition? = Self.templates[sentence.tokens[introducer].text.lowercased()]
      else { return nil }
      if neighbour == sub.tokens.lowerBound - 2, neighbour < sentence.tokens.count,
        ["nur", "erst"].contains(sentence.tokens[neighbour].text)
      {
        return neighbour
      }
      guard
        let erst = (0..<(introducer - 1)).last(where: {
          ["erst", "nur"].contains(sentence.tokens[$0].text)
        }),
        erst + 1 < introducer - 1,
        ((erst + 1)..<(introducer - 1)).allSatisfy({
          parts.isVerbForm($0)
            && (sentence.traits[$0].isDisjoint(with: .anyFinite)
              || !sentence.traits[$0].isDisjoint(with: [.infinitive, .participle, .worden]))
        })
      else { return nil }
      return erst
    }()
    let focus = focusIndex.map { sentence.tokens[$0].text }
    let outside = (0..<sentence.tokens.count).filter {
      !sub.tokens.contains($0) && $0 != focusIndex
    }
    guard
      neighbour < sentence.tokens.count,
      focus != nil || !Self.focusParticles.contains(sentence.tokens[neighbour].text.lowercased()),
      !outside.contains(where: { ["nur", "erst", "lediglich"].contains(sentence.tokens[$0].text) })
    else { return nil }
    // A main clause that already has a connector (`Dann wirkt sie fort, wenn …`, `So …`)
    // would get a second one.
    let mainTokens =
      k == 0 ? sub.tokens.upperBound..<sentence.tokens.count : 0..<sub.tokens.lowerBound
    let hasConnector = mainTokens.contains(where: {
      Self.connectors.contains(sentence.tokens[$0].text.lowercased())
    })
    guard let introducer = sub.introducer, introducer == sub.tokens.lowerBound,
      let final = sentence.finalPunctuation,
      let template = Self.templates[sentence.tokens[introducer].text.lowercased()],
      // Only the templates that leave the main clause as it is may follow a connector.
      !hasConnector || template.keepsMain,
      let body = parts.verbFinal(introducer + 1..<sub.tokens.upperBound)
    else { return nil }
    let mark = sentence.tokens[final].text
    // A question keeps its clauses: the split would make a statement of one half.
    guard mark != "?" else { return nil }
    // `soweit ich weiß`, `soweit ersichtlich`: no condition.
    if sentence.tokens[introducer].text.lowercased() == "soweit" {
      let lemma = sentence.lemmas[body.finite] ?? sentence.tokens[body.finite].text
      guard body.body.count >= 3, !Self.knowingVerbs.contains(lemma) else { return nil }
    }
    let comma = { (i: Int) in
      i < sentence.tokens.count && sentence.traits[i].contains(.comma)
    }
    // `Es ist erforderlich, dass Sie … einreichen.` → `Sie müssen … einreichen.`: a duty of the
    // reader, with one verb at the end (no cluster, not `sind`).
    if k == 1, clauses.count == 2, sentence.tokens[introducer].text == "dass",
      sub.tokens.upperBound == final, comma(introducer - 1),
      clauses[0].tokens == 0..<(introducer - 1),
      Self.dutyFrames.contains(parts.text(clauses[0].tokens)),
      body.body.lowerBound < final, sentence.tokens[body.body.lowerBound].text == "Sie",
      body.clusterStart == body.finite,
      !["sind", "haben", "werden"].contains(sentence.tokens[body.finite].text),
      parts.isVerbForm(body.finite)
    {
      return ClauseParts.join([
        "Sie müssen", parts.text((body.body.lowerBound + 1)..<body.finite),
        sentence.tokens[body.finite].text,
      ]) + mark
    }
    // `Für den Fall, dass …, wird …` / `Im Fall, dass …, …`: a condition like `falls`.
    if k == 1, clauses.count >= 3, sentence.tokens[introducer].text == "dass",
      clauses[0].tokens == 0..<(introducer - 1), comma(introducer - 1),
      Self.conditionFrames.contains(parts.text(clauses[0].tokens)),
      comma(sub.tokens.upperBound), clauses[2].kind == .main,
      clauses[2].tokens.lowerBound == sub.tokens.upperBound + 1,
      let finite = clauses[2].finiteVerb, finite == clauses[2].tokens.lowerBound,
      let condition = parts.declarative(body),
      let then = parts.mainWithConnector(
        "Dann", clauses[2].tokens.lowerBound..<final, finite: finite)
    {
      return condition + "? " + then + mark
    }
    if k == 0, introducer == 0, clauses.count >= 2, comma(sub.tokens.upperBound) {
      // Subordinate clause first; the main clause starts with its verb after the comma.
      let main = clauses[1]
      // Right after the fronted clause comes the finite verb; a form the analysis also reads
      // as a participle (`beträgt`) counts there.
      let verbAfterComma =
        main.finiteVerb == nil && parts.isVerbForm(main.tokens.lowerBound)
          && sentence.tokens[main.tokens.lowerBound].text.hasSuffix("t")
        ? main.tokens.lowerBound : nil
      guard main.kind == .main, main.tokens.lowerBound == sub.tokens.upperBound + 1,
        let finite = main.finiteVerb ?? verbAfterComma, finite == main.tokens.lowerBound
      else { return nil }
      let rest = main.tokens.lowerBound..<final
      switch template {
      case .condition:
        guard let condition = parts.declarative(body),
          let then = parts.mainWithConnector("Dann", rest, finite: finite)
        else { return nil }
        return condition + "? " + then + mark
      case .subordinateFirst(let connector):
        guard let first = parts.declarative(body),
          let then = parts.mainWithConnector(connector, rest, finite: finite)
        else { return nil }
        return first + ". " + then + mark
      case .mainFirst(let connector):
        guard clauses.count == 2, let first = parts.mainDeclarative(rest, finite: finite) else {
          return nil
        }
        return first + ". " + parts.withConnector(connector, body) + mark
      case .manner, .colon:
        return nil
      }
    }
    // `Wir weisen darauf hin, dass Sie verpflichtet sind, … anzugeben, die …`: the `dass`
    // clause after a verb of saying becomes the main clause after the colon; the infinitive
    // and relative clauses that hang on it stay as they are.
    if case .colon = template, k == 1, sub.tokens.upperBound < final, comma(introducer - 1),
      comma(sub.tokens.upperBound), clauses[0].kind == .main,
      clauses[0].tokens == 0..<(introducer - 1),
      clauses[2...].allSatisfy({ $0.kind == .infinitive || $0.kind == .relative }),
      let finite = clauses[0].finiteVerb ?? parts.unknownFinite(0..<(introducer - 1)),
      saysSomething(0..<(introducer - 1), finite: finite),
      let said = parts.declarative(body)
    {
      return parts.text(0..<(introducer - 1)) + ": " + said
        + parts.text(sub.tokens.upperBound..<final) + mark
    }
    // Main clause first, the subordinate clause last.
    guard sub.tokens.upperBound == final, comma(introducer - 1), clauses[0].kind == .main,
      clauses[0].tokens.lowerBound == 0, k == clauses.count - 1
    else { return nil }
    let main = 0..<(introducer - 1 - (focusIndex == introducer - 2 ? 1 : 0))
    // A focus particle inside the main clause is left out there: it goes with the connector.
    let inside = focusIndex.flatMap { main.contains($0) ? $0 : nil }
    if case .mainFirst(let connector) = template, k >= 2 {
      // The clauses before stay together as they are (`Wir empfehlen, den Antrag abzugeben,
      // damit …`): only the last clause becomes a sentence of its own.
      guard clauses[0].finiteVerb != nil,
        clauses[1..<k].allSatisfy({ $0.kind != .main && $0.kind != .coordinated })
      else { return nil }
      return parts.text(main) + ". " + parts.withConnector(connector, body) + mark
    }
    guard k == 1, clauses[0].tokens.lowerBound == 0,
      clauses[0].tokens.upperBound == introducer - 1,
      let finite = clauses[0].finiteVerb ?? parts.unknownFinite(main), main.contains(finite)
    else { return nil }
    // `Bitte reichen Sie … ein, da wir sonst nicht entscheiden können.`: a reason with
    // `sonst` says what happens otherwise; it stays after the main clause (`… ein. Sonst
    // können wir nicht entscheiden.`).
    if case .subordinateFirst = template,
      let otherwise = body.body.first(where: {
        ["sonst", "andernfalls", "ansonsten"].contains(sentence.tokens[$0].text)
      }), otherwise < body.clusterStart
    {
      return parts.text(main) + ". "
        + ClauseParts.join([
          "Sonst", body.movedVerb,
          parts.text(body.body.lowerBound..<body.clusterStart, skipping: otherwise),
          parts.text(body.cluster), body.particle ?? "",
        ]) + mark
    }
    // The subordinate clause moves in front of the main clause: a pronoun in it would come
    // before its noun, and a correlate `es` in the main clause (`Es freut uns, wenn …`) would
    // lose its clause. `es sich … handelt` is no pronoun of a noun.
    let movesBack: Bool
    switch template {
    case .condition, .subordinateFirst: movesBack = moves(body: body, main: main)
    default: movesBack = false
    }
    if movesBack {
      // The only word that points back is the subject pronoun of the noun phrase in front:
      // the clauses swap noun and pronoun.
      guard let swapped = swappedSubject(body: body, main: main, finite: finite) else {
        return nil
      }
      let rest = parts.text(finite + 1..<main.upperBound, skipping: inside)
      switch template {
      case .condition:
        let connector = focus.map { ClauseParts.capitalized($0) + " dann" } ?? "Dann"
        return swapped.clause + "? "
          + ClauseParts.join([connector, sentence.tokens[finite].text, swapped.pronoun, rest])
          + mark
      case .subordinateFirst(let connector):
        return swapped.clause + ". "
          + ClauseParts.join([connector, sentence.tokens[finite].text, swapped.pronoun, rest])
          + mark
      default: return nil
      }
    }
    switch template {
    case .condition:
      let connector = focus.map { ClauseParts.capitalized($0) + " dann" } ?? "Dann"
      guard let condition = parts.declarative(body),
        let then = parts.mainWithConnector(connector, main, finite: finite, skipping: inside)
      else { return nil }
      return condition + "? " + then + mark
    case .subordinateFirst(let connector):
      guard let first = parts.declarative(body),
        let then = parts.mainWithConnector(connector, main, finite: finite)
      else { return nil }
      return first + ". " + then + mark
    case .mainFirst(let connector):
      return parts.text(main) + ". " + parts.withConnector(connector, body) + mark
    case .manner:
      guard let so = parts.mainWithConnector("So", main, finite: finite),
        let how = parts.declarative(body)
      else { return nil }
      return so + ": " + how + mark
    case .colon:
      // `Es wird darauf hingewiesen, dass …`: an impersonal notice says only that something
      // matters.
      if Self.noticeFrames.contains(parts.text(main)), let said = parts.declarative(body) {
        return "Wichtig: " + said + mark
      }
      guard
        saysSomething(main, finite: finite) || isCopulaFrame(main, finite: finite)
          || endsWithCorrelate(main),
        let said = parts.declarative(body)
      else {
        return nil
      }
      return parts.text(main) + ": " + said + mark
    }
  }

  /// A fronted condition with two alternatives for the reader: `Wenn Sie … wählen möchten oder
  /// … wählen wollen, brauchen Sie …` → `Sie möchten … wählen? Oder Sie wollen … wählen? Dann
  /// brauchen Sie …`. The second alternative has no subject of its own (its verb is plural, and
  /// no noun phrase outside a prepositional phrase could be its subject).
  func splitAlternatives(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let traits = sentence.traits
    // The analysis cuts the condition at `oder`: the condition, the alternative (a coordinated
    // clause), the main clause.
    guard k == 0, clauses.count == 3, let introducer = clauses[0].introducer, introducer == 0,
      case .condition? = Self.templates[tokens[0].text.lowercased()], parts.politeStart,
      tokens.count > 2, tokens[1].text == "Sie", let final = sentence.finalPunctuation,
      tokens[final].text == ".", clauses[1].kind == .coordinated,
      let or = clauses[1].introducer, tokens[or].text == "oder",
      or == clauses[0].tokens.upperBound, clauses[1].tokens.lowerBound == or + 1
    else { return nil }
    let sub = 0..<clauses[1].tokens.upperBound
    let main = clauses[2]
    guard or > 3, or + 2 < sub.upperBound,
      sub.upperBound < tokens.count, traits[sub.upperBound].contains(.comma),
      main.kind == .main, main.tokens.lowerBound == sub.upperBound + 1,
      let finite = main.finiteVerb, finite == main.tokens.lowerBound,
      let first = parts.verbFinal(1..<or), let second = parts.verbFinal((or + 1)..<sub.upperBound),
      ClauseSplit.isPluralVerb(tokens[second.finite].text),
      !sub.contains(where: { traits[$0].contains(.comma) })
    else { return nil }
    // No possible subject in the second alternative: articles only after a preposition.
    let subjects: Set<String> = [
      "der", "die", "das", "ein", "eine", "kein", "keine", "Ihr", "Ihre", "sie", "er", "es", "wir",
      "ich", "man", "dies", "diese", "dieser",
    ]
    for i in (or + 1)..<second.finite where subjects.contains(tokens[i].text) {
      guard i > or + 1, traits[i - 1].contains(.preposition) else { return nil }
    }
    guard let condition = parts.declarative(first),
      let then = parts.mainWithConnector("Dann", main.tokens.lowerBound..<final, finite: finite)
    else { return nil }
    let alternative = ClauseParts.join(
      ["Oder Sie", second.movedVerb] + parts.tail(second, from: or + 1))
    return condition + "? " + alternative + "? " + then + "."
  }

  /// A finite verb form of the plural or the polite `Sie` (`wollen`, `sind`, `möchten`).
  static func isPluralVerb(_ verb: String) -> Bool {
    verb == "sind" || verb.hasSuffix("en") || verb.hasSuffix("ern") || verb.hasSuffix("eln")
  }

  /// `um … zu` with the subject `Sie` or `wir` of the main clause: `Sie wollen …. Deshalb …`
  /// (rules.md §2.9, final clauses). Nil for any other subject, which the infinitive leaves
  /// unsaid and the `wollen` sentence would need.
  func splitPurpose(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let clause = clauses[k]
    guard let um = clause.introducer, um == clause.tokens.lowerBound,
      tokens[um].text.lowercased() == "um", let final = sentence.finalPunctuation,
      tokens[final].text == ".", clauses.count == 2
    else { return nil }
    // The infinitive: `zu` + infinitive or one word with `zu` inside (`abzuschließen`), last.
    var end = clause.tokens.upperBound
    while end > um, !parts.isWord(end - 1) { end -= 1 }
    let last = end - 1
    guard last > um + 1 else { return nil }
    let infinitive: String
    var middleEnd = last
    // `um … prüfen zu können`: the purpose is the verb before `zu können` (`Wir wollen …
    // prüfen`).
    if tokens[last].text == "können", last - 2 > um, tokens[last - 1].text == "zu",
      sentence.traits[last - 2].contains(.infinitive),
      !sentence.traits[last - 2].contains(.capitalized)
    {
      infinitive = tokens[last - 2].text
      middleEnd = last - 2
    } else if tokens[last - 1].text == "zu", sentence.traits[last].contains(.infinitive),
      !sentence.traits[last].contains(.capitalized)
    {
      infinitive = tokens[last].text
      middleEnd = last - 1
    } else if sentence.traits[last].contains(.zuInfinitive),
      let particle = GermanGrammar.separableParticles.first(where: {
        tokens[last].text.hasPrefix($0 + "zu") && tokens[last].text.count > $0.count + 4
      })
    {
      infinitive = particle + tokens[last].text.dropFirst(particle.count + 2)
    } else {
      return nil
    }
    let middle = (um + 1)..<middleEnd
    // One infinitive, no second verb, no pronoun that points at the main clause.
    guard
      !middle.contains(where: {
        parts.isVerbForm($0) || ["und", "oder", "zu", "sowie"].contains(tokens[$0].text)
          || Self.anaphora.contains(tokens[$0].text) || tokens[$0].text == "es"
          || sentence.traits[$0].contains(.comma)
      })
    else { return nil }
    let main: Range<Int>
    let subjectIndex: Int
    let finite: Int
    if k == 0 {
      // `Um … zu …, müssen Sie …`: the verb first, the subject after it.
      let m = clauses[1]
      guard sentence.traits[clause.tokens.upperBound].contains(.comma),
        m.tokens.lowerBound == clause.tokens.upperBound + 1, let f = m.finiteVerb,
        f == m.tokens.lowerBound
      else { return nil }
      main = m.tokens.lowerBound..<final
      finite = f
      subjectIndex = f + 1
    } else {
      // `Sie müssen …, um … zu …`: the subject first (or after the verb of a request).
      guard k == 1, clause.tokens.upperBound == final, um > 0,
        sentence.traits[um - 1].contains(.comma), clauses[0].tokens == 0..<(um - 1),
        let f = clauses[0].finiteVerb
      else { return nil }
      main = 0..<(um - 1)
      finite = f
      subjectIndex = f == 0 ? 1 : 0
      guard f == 0 || f == 1 else { return nil }
    }
    guard subjectIndex < final, ["Sie", "wir", "Wir"].contains(tokens[subjectIndex].text),
      // The polite `Sie` (letter) or `wir`; the verb agrees with a plural subject.
      tokens[subjectIndex].text.lowercased() == "wir" || parts.politeStart || subjectIndex > 0,
      tokens[finite].text.hasSuffix("n") || tokens[finite].text == "sind"
    else { return nil }
    let subject = tokens[subjectIndex].text == "Sie" ? "Sie" : "Wir"
    guard let then = parts.mainWithConnector("Deshalb", main, finite: finite) else { return nil }
    let purpose = ClauseParts.join([subject, "wollen", parts.text(middle), infinitive]) + "."
    return purpose + " " + then + "."
  }

  /// Personal pronouns of the noun phrases that a determiner begins in the nominative (`die
  /// Anlage` → `sie`); no quantifiers (`jeder Antrag … wenn er` is no `er` of one thing).
  static let subjectPronounOfDeterminer: [String: String] = [
    "der": "er", "dieser": "er", "die": "sie", "diese": "sie", "eine": "sie", "das": "es",
    "dieses": "es", "ihre": "sie", "seine": "sie", "unsere": "sie",
  ]

  /// `Die Anlage darf erst benutzt werden, wenn sie fertig ist`: the subordinate clause's
  /// subject is a pronoun of the noun phrase that stands first in the main clause (its
  /// subject: the verbs agree, no other subject pronoun). The clause that moves to the front
  /// takes the noun phrase (`Die Anlage ist fertig`), the main clause the pronoun. Nil when
  /// anything else in the clause points back.
  func swappedSubject(body: ClauseParts.VerbFinal, main: Range<Int>, finite: Int)
    -> (clause: String, pronoun: String)?
  {
    let tokens = sentence.tokens
    let front = main.lowerBound..<finite
    let p = body.body.lowerBound
    // The noun phrase, possibly with prepositional phrases after it (`Die Kosten für die
    // Unterkunft`), is the whole first position.
    guard finite > main.lowerBound,
      let phrase = parts.nounPhrase(from: main.lowerBound, limit: finite),
      phrase.upperBound == finite
        || sentence.traits[phrase.upperBound].contains(.preposition)
          && !(phrase.upperBound..<finite).contains(where: {
            parts.isVerbForm($0) || !sentence.traits[$0].contains(.word)
              || ClauseParts.phraseCoordinators.contains(tokens[$0].text)
          }),
      let pronoun = Self.subjectPronounOfDeterminer[tokens[main.lowerBound].text.lowercased()],
      tokens[p].text == pronoun, p < body.clusterStart, tokens[main.lowerBound].text != "Es",
      !moves(body: body, main: main, except: p),
      ClauseSplit.isPluralVerb(tokens[finite].text)
        == ClauseSplit.isPluralVerb(tokens[body.finite].text),
      !(finite + 1..<main.upperBound).contains(where: {
        ClauseParts.subjectPronouns.contains(tokens[$0].text)
          || sentence.traits[$0].contains(.comma)
      })
    else { return nil }
    let clause = ClauseParts.join(
      [parts.text(front), body.movedVerb] + parts.tail(body, from: p + 1))
    return (clause, pronoun)
  }

  /// `Bitte beachten Sie, dass Anträge, die nach dem 31. März eingehen, nicht berücksichtigt
  /// werden können.` → `Bitte beachten Sie: Anträge, die nach dem 31. März eingehen, können
  /// nicht berücksichtigt werden.` A `dass` clause after a verb of saying whose subject (a noun
  /// phrase) carries a relative clause: the subject, its relative clause, then the verb.
  func splitInterruptedSaying(clause k: Int) -> String? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let traits = sentence.traits
    guard k == 1, clauses.count == 4, let introducer = clauses[1].introducer,
      tokens[introducer].text == "dass", introducer == clauses[1].tokens.lowerBound,
      clauses[0].kind == .main, clauses[0].tokens == 0..<(introducer - 1),
      traits[introducer - 1].contains(.comma), clauses[2].kind == .relative,
      clauses[3].kind == .main, let final = sentence.finalPunctuation,
      [".", "!"].contains(tokens[final].text), clauses[3].tokens.upperBound == final,
      traits[clauses[1].tokens.upperBound].contains(.comma),
      clauses[2].tokens.lowerBound == clauses[1].tokens.upperBound + 1,
      traits[clauses[2].tokens.upperBound].contains(.comma),
      clauses[3].tokens.lowerBound == clauses[2].tokens.upperBound + 1,
      let finite = clauses[0].finiteVerb ?? parts.unknownFinite(clauses[0].tokens),
      saysSomething(clauses[0].tokens, finite: finite)
    else { return nil }
    // The subject: the whole rest of the `dass` clause before the relative clause.
    let subject = (introducer + 1)..<clauses[1].tokens.upperBound
    guard let phrase = parts.firstConstituent(in: subject), phrase == subject,
      !traits[subject.lowerBound].contains(.preposition),
      let start = parts.sentenceStart(subject),
      let rest = parts.verbFinal(clauses[3].tokens)
    else { return nil }
    let relative = parts.text(clauses[2].tokens)
    return parts.text(clauses[0].tokens) + ": " + start + ", " + relative + ", "
      + ClauseParts.join([rest.movedVerb] + parts.tail(rest, from: rest.body.lowerBound))
      + tokens[final].text
  }

  /// The subordinate clause refers back to the main clause, or the main clause has a correlate.
  /// `except` is a word of the clause that is not counted.
  func moves(body: ClauseParts.VerbFinal, main: Range<Int>, except: Int? = nil) -> Bool {
    let tokens = sentence.tokens
    if tokens[main.lowerBound].text == "Es" { return true }
    return body.body.contains { i in
      guard i != except else { return false }
      let word = tokens[i].text
      if word == "es" {
        return !(i + 1 < tokens.count && tokens[i + 1].text == "sich")
      }
      // `das` standing alone points back (`…, wenn das abgelaufen ist`).
      if word == "das", parts.firstConstituent(in: i..<body.body.upperBound) == i..<(i + 1) {
        return true
      }
      return Self.anaphora.contains(word)
    }
  }

  /// Pronominal adverbs that announce a `dass` clause (`Die Absage beruht darauf, dass …`).
  static let dassCorrelates: Set<String> = [
    "darauf", "daran", "davon", "dafür", "darüber", "damit", "dazu", "darin", "daraus",
  ]

  /// The main clause ends with a correlate (and perhaps a separable particle): the `dass`
  /// clause says what it points at, and a colon can stand for it (`Wir gehen davon aus: …`).
  func endsWithCorrelate(_ range: Range<Int>) -> Bool {
    guard var last = range.last, last > range.lowerBound else { return false }
    if GermanGrammar.separableParticles.contains(sentence.tokens[last].text) { last -= 1 }
    return last > range.lowerBound && Self.dassCorrelates.contains(sentence.tokens[last].text)
  }

  /// `Das Problem ist` / `Das Schöne an dem Portal ist`: a phrase of two or more words and a
  /// final `ist`, no `es` (`Es ist wichtig, dass …` stays: the adjective comes last).
  func isCopulaFrame(_ range: Range<Int>, finite: Int) -> Bool {
    guard finite == range.upperBound - 1, finite - range.lowerBound >= 2,
      Self.copulas.contains(sentence.tokens[finite].text),
      sentence.tokens[range.lowerBound].text.lowercased() != "es"
    else { return false }
    return parts.firstConstituent(in: range.lowerBound..<finite) != nil
      || sentence.traits[range.lowerBound].contains(.definiteArticle)
  }

  /// The clause has a verb of saying, asking or knowing (`teilen … mit` counts as `mitteilen`).
  func saysSomething(_ range: Range<Int>, finite: Int) -> Bool {
    let lemmas = range.compactMap { i -> String? in
      parts.isVerbForm(i) ? sentence.lemmas[i] ?? sentence.tokens[i].text.lowercased() : nil
    }
    if lemmas.contains(where: Self.sayingVerbs.contains) { return true }
    guard let last = range.last, last > finite,
      GermanGrammar.separableParticles.contains(sentence.tokens[last].text)
    else { return false }
    // The lemma, or the form itself when it is the infinitive (`weisen` has the lemma `weise`
    // of the adjective in the table).
    let particle = sentence.tokens[last].text
    let forms = [sentence.lemmas[finite], sentence.tokens[finite].text.lowercased()]
    return forms.contains { $0.map { Self.sayingVerbs.contains(particle + $0) } ?? false }
  }
}

/// A condition without a subordinator, the verb first (`Ist der Antrag unvollständig, müssen
/// wir …`): the clause before the first comma starts with a finite verb, and the main clause
/// after it starts with its finite verb too (or with `so` and the verb).
struct VerbFirstCondition {
  /// The comma after the condition.
  let comma: Int
  /// The first token of the main clause after `so`, which is its finite verb.
  let mainStart: Int
}

extension ClauseSplit {
  /// Marks of direct speech and brackets: a condition inside them is not split.
  static let enclosingMarks: Set<String> = ["„", "“", "\"", "(", ")", "[", "]", "‚", "‘", "»", "«"]

  /// The verb-first condition at the start of `sentence`, or nil.
  static func verbFirstCondition(_ sentence: AnalyzedSentence) -> VerbFirstCondition? {
    let clauses = sentence.clauses
    let tokens = sentence.tokens
    let traits = sentence.traits
    guard clauses.count >= 2, clauses[0].kind == .main, clauses[0].tokens.lowerBound == 0,
      clauses[1].kind == .main, let final = sentence.finalPunctuation,
      [".", "!"].contains(tokens[final].text)
    else { return nil }
    let t0 = traits[0]
    guard t0.contains(.word), t0.contains(.capitalized), !t0.isDisjoint(with: .anyFinite),
      !t0.contains(.noun), !t0.contains(.subordinator), !t0.contains(.interrogative),
      tokens[0].text != "Bitte"
    else { return nil }
    let comma = clauses[0].tokens.upperBound
    guard comma < final, traits[comma].contains(.comma), clauses[1].tokens.lowerBound == comma + 1,
      // Nothing but subordinate clauses after the main clause: a further main clause
      // (`Wird ein Hund abgeschafft, verkauft oder stirbt er, so …`) hides the structure.
      clauses[2...].allSatisfy({ $0.kind != .main && $0.kind != .coordinated }),
      !tokens[0..<final].contains(where: { enclosingMarks.contains($0.text) })
    else { return nil }
    var start = comma + 1
    let correlate = tokens[start].text == "so"
    if correlate { start += 1 }
    guard start + 1 < final else { return nil }
    // The main clause must start with a finite verb: a known finite form, or an unknown
    // lower-case word before `Sie`/`wir` (`vereinbaren Sie bitte …`).
    let v = traits[start]
    guard v.contains(.word), !v.contains(.capitalized) else { return nil }
    let knownFinite =
      !v.isDisjoint(with: .anyFinite) && !v.contains(.participle) && !v.contains(.preposition)
      && !v.contains(.subordinator) && !v.contains(.relativePronoun)
    let beforeSubject =
      ["Sie", "wir"].contains(tokens[start + 1].text) && !v.contains(.known)
      && tokens[start].text.hasSuffix("en")
    guard knownFinite || beforeSubject else { return nil }
    // Two requests in a row (`Füllen Sie das Formular aus, senden Sie es zurück.`) look the
    // same as `Haben Sie Fragen, rufen Sie uns an.`: with `Sie` after both verbs and no `so`,
    // the sentence stays.
    if !correlate, tokens[1].text == "Sie", tokens[start + 1].text == "Sie",
      !["Sollten", "Sollte"].contains(tokens[0].text)
    {
      return nil
    }
    // `so … auch dann …`: the correlate points at a later clause.
    if tokens[start..<final].contains(where: { $0.text == "dann" }) { return nil }
    return VerbFirstCondition(comma: comma, mainStart: start)
  }

  /// `Ist der Antrag unvollständig, müssen wir …` → `Der Antrag ist unvollständig? Dann müssen
  /// wir …`; `Sollten Sie Fragen haben, …` → `Sie haben Fragen? Dann …`.
  func splitVerbFirst() -> String? {
    guard let condition = Self.verbFirstCondition(sentence), let final = sentence.finalPunctuation
    else { return nil }
    let tokens = sentence.tokens
    let clause = 1..<condition.comma
    guard let first = parts.firstConstituent(in: clause), first.upperBound < clause.upperBound,
      let front = parts.sentenceStart(first)
    else { return nil }
    let question: String
    if ["Sollten", "Sollte"].contains(tokens[0].text) {
      // `Sollten` (plural, or the polite `Sie`): the last infinitive becomes the finite verb,
      // whose plural form is the infinitive (`sein` → `sind`). `Sollte` would need the
      // singular form: not built.
      guard tokens[0].text == "Sollten",
        let body = parts.plainVerbFinal(first.upperBound..<condition.comma)
      else { return nil }
      question = ClauseParts.join([front, body])
    } else {
      question = ClauseParts.join([
        front, tokens[0].text.lowercased(), parts.text(first.upperBound..<condition.comma),
      ])
    }
    let main = parts.text(condition.mainStart..<final)
    return question + "? " + ClauseParts.join(["Dann", main]) + tokens[final].text
  }
}
