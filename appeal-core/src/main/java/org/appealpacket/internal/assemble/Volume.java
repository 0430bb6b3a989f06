package org.appealpacket.internal.assemble;

/**
 * One file of the packet: the packet pages it holds (inclusive) and its page count with its
 * cover (a packet split into volumes starts each with a cover page).
 */
public record Volume(int number, int firstPage, int lastPage, int filePages) {
}
