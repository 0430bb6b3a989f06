package org.appealpacket.internal.assemble;

/**
 * One file of the packet: the packet pages it holds (inclusive) and its page count with its
 * cover (a packet split into volumes starts each with a cover page, as does every volume of a
 * packet with fax cover sheets).
 */
public record Volume(int number, int firstPage, int lastPage, int filePages) {

    /** Whether the file starts with a cover page, which is not a packet page. */
    public boolean hasCover() {
        return filePages > lastPage - firstPage + 1;
    }
}
