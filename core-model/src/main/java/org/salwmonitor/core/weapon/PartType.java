package org.salwmonitor.core.weapon;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The parts and components of a firearm named in the UN Firearms Protocol, art. 3(b): barrel, frame or
 * receiver, slide or cylinder, bolt or breech block, and any device designed or adapted to diminish the
 * sound of firing. Parts are counted in pieces (see {@link ItemClass#PARTS_AND_COMPONENTS}).
 */
public enum PartType {
    /** The barrel. */
    BARREL("barrel", "ствол"),
    /** The frame or receiver; its serial number is the firearm's primary serial. */
    FRAME_OR_RECEIVER("frame or receiver", "рамка или ствольная коробка"),
    /** The slide (of a pistol) or cylinder (of a revolver). */
    SLIDE_OR_CYLINDER("slide or cylinder", "затвор-кожух или барабан"),
    /** The bolt or breech block. */
    BOLT_OR_BREECH_BLOCK("bolt or breech block", "затвор или казённик"),
    /** A device designed or adapted to diminish the sound of firing. */
    SOUND_SUPPRESSOR("sound suppressor", "глушитель звука выстрела");

    private final String nameEn;
    private final String nameRu;

    PartType(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Tells whether a serial number marked on this part identifies the whole firearm. A firearm may carry
     * several serials (frame, slide, barrel); in matching practice the frame's or receiver's is primary.
     *
     * @return true for {@link #FRAME_OR_RECEIVER} only
     */
    public boolean carriesPrimarySerial() {
        return this == FRAME_OR_RECEIVER;
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
