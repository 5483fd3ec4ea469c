import { mount } from '@/components/mount';
import { EditorApp } from '@/components/editor/EditorApp';

void mount(<EditorApp />);
